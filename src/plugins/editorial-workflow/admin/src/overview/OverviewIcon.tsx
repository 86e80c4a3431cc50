import { PresentationChart } from '@strapi/icons';

/** The menu icon of "Tổng quan". */
export const OverviewIcon = () => <PresentationChart />;
