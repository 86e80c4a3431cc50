/** The content types the plugin reads and writes. */
export const ARTICLE = 'api::article.article';
export const UNIT = 'api::unit.unit';
export const TOPIC = 'api::topic.topic';
export const MEMBERSHIP = 'plugin::editorial-workflow.membership';
export const ITEM_STATE = 'plugin::editorial-workflow.item-state';
export const TRANSITION = 'plugin::editorial-workflow.transition';
export const NOTIFICATION = 'plugin::editorial-workflow.notification';
export const JOB_RUN = 'plugin::editorial-workflow.job-run';
export const QUOTA_POLICY = 'api::quota-policy.quota-policy';
export const OPINION_REPORT = 'api::opinion-report.opinion-report';
export const MEDIA_ASSET = 'api::media-asset.media-asset';
