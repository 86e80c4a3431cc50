import { WorkflowPanel } from './components/WorkflowPanel';
import { ARTICLE_UID } from './constants';

/** A content-manager description: a component-like function called with the view's props, returning data or null. */
type Description = ((props: any) => any) & { type?: string; position?: unknown };

/** Strapi's edit-view actions that publish, unpublish or discard outside the workflow. */
const EDIT_VIEW_PUBLISHING = new Set(['publish', 'unpublish', 'discard']);

/**
 * Wraps a built-in action so that it renders nothing for items. The original is always called, so
 * its hooks run in the same order whatever the model; only its result is dropped.
 */
function hiddenForItems(original: Description, isPublishing: (result: any) => boolean): Description {
  const wrapped: Description = (props) => {
    const result = original(props);
    return props?.model === ARTICLE_UID && result && isPublishing(result) ? null : result;
  };
  // Other plugins place their actions relative to these statics (content-releases looks for 'unpublish').
  wrapped.type = original.type;
  wrapped.position = original.position;
  return wrapped;
}

/**
 * Changes to the content-manager for items: the workflow side panel, and Strapi's own publish
 * controls taken away for everyone, the super admin included (the workflow is the only way to
 * publish; the server refuses the other paths anyway, this spares people a button that fails).
 */
export const registerContentManagerExtensions = (app: any) => {
  const contentManager = app.getPlugin('content-manager')?.apis;
  if (!contentManager) return;

  contentManager.addEditViewSidePanel([WorkflowPanel]);

  contentManager.addDocumentAction((actions: Description[]) =>
    actions.map((action) => (EDIT_VIEW_PUBLISHING.has(action.type ?? '') ? hiddenForItems(action, () => true) : action))
  );

  // The list view's bulk Publish has no `type` in 5.54; its description says `actionType: 'publish'`.
  contentManager.addBulkAction((actions: Description[]) =>
    actions.map((action) =>
      hiddenForItems(action, (result) => action.type === 'unpublish' || result?.actionType === 'publish' || result?.actionType === 'unpublish')
    )
  );
};
