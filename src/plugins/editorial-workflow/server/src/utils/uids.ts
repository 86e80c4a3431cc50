/** The content types the plugin reads and writes. */
export const ARTICLE = 'api::article.article';
export const UNIT = 'api::unit.unit';
export const TOPIC = 'api::topic.topic';
export const MEMBERSHIP = 'plugin::editorial-workflow.membership';
export const ITEM_STATE = 'plugin::editorial-workflow.item-state';
export const TRANSITION = 'plugin::editorial-workflow.transition';
export const NOTIFICATION = 'plugin::editorial-workflow.notification';
