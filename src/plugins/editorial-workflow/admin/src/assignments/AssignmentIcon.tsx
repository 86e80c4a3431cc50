import { Pencil } from '@strapi/icons';

/** The menu icon of "Giao viết bài". */
export const AssignmentIcon = () => <Pencil />;
