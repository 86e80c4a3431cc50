import { ChartBubble } from '@strapi/icons';

/** The menu icon of "Độ phủ kế hoạch". */
export const CoverageIcon = () => <ChartBubble />;
