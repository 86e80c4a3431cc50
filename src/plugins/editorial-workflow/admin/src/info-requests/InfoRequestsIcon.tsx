import { Question } from '@strapi/icons';

/** The menu icon of "Yêu cầu cung cấp thông tin". */
export const InfoRequestsIcon = () => <Question />;
