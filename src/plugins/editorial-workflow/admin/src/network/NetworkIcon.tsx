import { Globe } from '@strapi/icons';

/** The menu icon of "Mạng lưới đơn vị". */
export const NetworkIcon = () => <Globe />;
