import { Microphone } from '@strapi/icons';

/** The menu icon of "Báo chí & người phát ngôn". */
export const PressDeskIcon = () => <Microphone />;
