/** The press channel (issue 18 item 5): one e-mail to the press contacts per delivery (channels/press/). */
export { pressAdapter } from '../press/adapter';
