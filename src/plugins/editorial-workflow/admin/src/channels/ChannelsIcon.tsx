import { PaperPlane } from '@strapi/icons';

/** The menu icon of "Kênh đăng tải". */
export const ChannelsIcon = () => <PaperPlane />;
