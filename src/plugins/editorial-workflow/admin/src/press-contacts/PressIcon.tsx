import { Feather } from '@strapi/icons';

/** The menu icon of "Danh sách báo chí". */
export const PressIcon = () => <Feather />;
