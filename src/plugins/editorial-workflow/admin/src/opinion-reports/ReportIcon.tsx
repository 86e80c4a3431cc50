import { Message } from '@strapi/icons';

/** The menu icon of "Báo cáo dư luận". */
export const ReportIcon = () => <Message />;
