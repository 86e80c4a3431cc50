import { VolumeUp } from '@strapi/icons';

/** The menu icon of "Định hướng tuyên truyền". */
export const GuidanceIcon = () => <VolumeUp />;
