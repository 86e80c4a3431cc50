import { Message } from '@strapi/icons';

/** The menu icon of "Ý kiến góp ý dự thảo". */
export const FeedbackIcon = () => <Message />;
