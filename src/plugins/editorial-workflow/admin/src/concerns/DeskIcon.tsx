import { WarningCircle } from '@strapi/icons';

/** The menu icon of "Dư luận & sự cố". */
export const DeskIcon = () => <WarningCircle />;
