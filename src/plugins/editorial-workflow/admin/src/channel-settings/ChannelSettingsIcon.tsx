import { Cog } from '@strapi/icons';

/** The menu icon of "Cấu hình kênh đăng tải". */
export const ChannelSettingsIcon = () => <Cog />;
