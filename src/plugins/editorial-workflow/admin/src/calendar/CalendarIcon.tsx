import { Calendar } from '@strapi/icons';

/** The menu icon of "Lịch truyền thông". */
export const CalendarIcon = () => <Calendar />;
