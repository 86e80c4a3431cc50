/**
 * What each admin endpoint reads, for the fuzz (tests/fuzz/admin-routes.ts): the keys of its query
 * string or body, and a valid rest of the request so that the key's own parser runs. A new route
 * is fuzzed without an entry here (with generic keys); an entry makes the fuzz demand a refusal
 * where a list or an object stands for one value.
 */
/** Keys each endpoint reads (and a valid rest of the query, so that the key's own parser runs). */
export const QUERY_OF: Record<string, { keys: string[]; base?: string }> = {
  'send-app.find': { keys: ['page'] },
  // Take no parameter: any is refused, never read.
  'send-app.options': { keys: ['page', 'unit'] },
  'send-app.findOne': { keys: ['populate', 'fields'] },
  'queue.find': { keys: ['state', 'unit', 'topic', 'kind', 'channel', 'page', 'pageSize'] },
  'notifications.find': { keys: ['page', 'pageSize', 'unread'] },
  'memberships.find': { keys: ['userId', 'unitId', 'role', 'page', 'pageSize'] },
  'stats.compliance': { keys: ['from', 'to', 'granularity', 'unitKind', 'unit', 'page', 'pageSize', 'sort'], base: 'from=2026-09-01&to=2026-10-31' },
  'stats.trend': { keys: ['from', 'to', 'granularity', 'unitKind', 'unit'], base: 'from=2026-09-01&to=2026-10-31' },
  'stats.ranking': { keys: ['schoolYear', 'unitKind', 'unit'], base: 'schoolYear=2026-2027' },
  'stats.reportStatus': { keys: ['month'] },
  'stats.channels': { keys: ['from', 'to', 'unitKind', 'unit'], base: 'from=2026-09-01&to=2026-10-31' },
  'stats.export': { keys: ['table', 'format', 'from', 'to', 'granularity', 'schoolYear', 'unit', 'sort'], base: 'table=compliance&format=csv&from=2026-09-01&to=2026-10-31' },
  'turnaround.report': { keys: ['from', 'to'], base: 'from=2026-09-01&to=2026-10-31' },
  'overview.show': { keys: ['month'] },
  'reports.figures': { keys: ['period'] },
  // Word only: a PDF per fuzzed request would start Chromium hundreds of times.
  'reports.file': { keys: ['period', 'format'], base: 'period=2026-11&format=docx' },
  'audit.find': { keys: ['page', 'pageSize', 'action', 'actor', 'from', 'to', 'kind', 'userId', 'unitId'] },
  'comments.mentionable': { keys: ['q'] },
  'reason-categories.returns': { keys: ['from', 'to'] },
  'concerns.find': { keys: ['status', 'severity', 'kind', 'unitId', 'departmentId', 'overdue', 'page', 'pageSize'] },
  'concern-links.candidates': { keys: ['q'] },
  // Takes no parameter: any is refused, never read.
  'concern-evidence.find': { keys: ['page', 'populate'] },
  'calendar.find': { keys: ['from', 'to', 'unit', 'department', 'topic'], base: 'from=2026-09-01&to=2026-09-30' },
  // Take no parameter: any is refused, never read.
  'calendar.choices': { keys: ['page', 'unit'] },
  'calendar-feed.status': { keys: ['token', 'userId'] },
  'guidance.find': { keys: ['page', 'pageSize'] },
  'guidance.findOne': { keys: ['unit', 'populate'] },
  'guidance.receipts': { keys: ['days'] },
  'plan-coverage.find': { keys: ['year', 'department', 'line'], base: 'year=2026' },
  'plan-coverage.workbook': { keys: ['year', 'department', 'line'], base: 'year=2026' },
  'unit-plans.find': { keys: ['year', 'kind'] },
  'unit-plans.workbook': { keys: ['year', 'kind'] },
  // Take no parameter: any is refused, never read.
  'comm-scripts.find': { keys: ['page', 'topic'] },
  'comm-scripts.findOne': { keys: ['populate'] },
  'comm-scripts.choices': { keys: ['q'] },
  'script-items.find': { keys: ['page'] },
  'unit-plans.deadlines': { keys: ['year'] },
  'assignments.find': { keys: ['open'] },
  // Take no parameter: any is refused, never read.
  'assignments.findOne': { keys: ['page', 'populate'] },
  'assignments.choices': { keys: ['page', 'populate'] },
  'channels.deliveries': { keys: ['channel', 'status', 'page', 'pageSize'] },
  // Takes no parameter: any is refused, never read.
  'channels.overview': { keys: ['channel', 'populate'] },
  'plan-events.find': { keys: ['from', 'to'] },
  'plan-events.findOne': { keys: ['page', 'populate'] },
  // Takes no parameter: any is refused, never read.
  'press-contacts.find': { keys: ['page', 'email'] },
  'press-contacts.sendings': { keys: ['page', 'pageSize'] },
  'info-requests.find': { keys: ['status', 'overdue', 'page', 'pageSize'] },
  'press-desk.find': { keys: ['status', 'overdue', 'page', 'pageSize'] },
  // Take no parameter: any is refused, never read.
  'info-requests.findOne': { keys: ['populate', 'fields'] },
  'press-desk.findOne': { keys: ['populate', 'fields'] },
  'press-desk.spokespeople': { keys: ['page', 'userId'] },
  'press-desk.candidates': { keys: ['q', 'page'] },
  // Take no parameter: any is refused, never read.
  'fanpage-settings.find': { keys: ['token', 'populate'] },
  'fanpage-settings.check': { keys: ['token'] },
  // Takes no parameter: any is refused, never read.
  'consultations.findOne': { keys: ['populate', 'status'] },
  'feedback.queue': { keys: ['status', 'stance', 'group', 'unclassified', 'page', 'pageSize'] },
  // Take no parameter: any is refused, never read.
  'feedback.consultations': { keys: ['page', 'departmentId'] },
  'feedback.summary': { keys: ['populate'] },
  'feedback.summaryDocument': { keys: ['format'] },
  'feedback.replyList': { keys: ['format', 'fields'] },
};
/** `lists`: the fields that take a list (of ids): a list there may be read, not refused. */
export const BODY_OF: Record<string, { keys: string[]; base?: Record<string, unknown>; lists?: string[] }> = {
  // The handling of a consultation's feedback: comments and consultations that are not there (the fuzz's ids), so nothing can change.
  'feedback.classify': { keys: ['stance', 'lineIds'], base: { stance: 'agrees' }, lists: ['lineIds'] },
  'feedback.merge': { keys: ['intoId'], base: { intoId: 2_147_483_000 } },
  'feedback.answer': { keys: ['answer', 'answerPublic'], base: { answer: 'Trả lời' } },
  'feedback.answerPublic': { keys: ['answerPublic'], base: { answerPublic: true } },
  'feedback.writeSummary': { keys: ['mainPoints'], base: { mainPoints: 'Nội dung chính' } },
  // Take no field at all: whatever is sent is refused, never read.
  'feedback.mailAnswer': { keys: ['to', 'email'] },
  'feedback.raiseConcern': { keys: ['severity', 'topicId'] },
  'feedback.publishSummary': { keys: ['publishedAt'] },
  // A wrong version: should a bad value ever be accepted, the transition still cannot happen.
  'items.transition': { keys: ['action', 'expectedVersion', 'comment', 'departmentCode', 'publishAt', 'unpublishAt'], base: { action: 'return', expectedVersion: 9999, comment: 'Lý do' } },
  'notifications.markRead': { keys: ['ids', 'all'], lists: ['ids'] },
  // Two blockers (a unit and a photo that are not there): should one bad value be accepted, nothing is stored.
  'send-app.create': {
    keys: ['clientKey', 'title', 'summary', 'paragraphs', 'kind', 'topic', 'photos', 'video', 'unit'],
    base: { clientKey: 'fuzz-client-key-0001', title: 'Tin thử', kind: 'news', unit: 2_000_000_000, photos: [2_000_000_000] },
    lists: ['paragraphs', 'photos'],
  },
  'send-app.update': {
    keys: ['title', 'summary', 'paragraphs', 'kind', 'topic', 'photos', 'video', 'unit'],
    base: { title: 'Tin thử', unit: 2_000_000_000, photos: [2_000_000_000] },
    lists: ['paragraphs', 'photos'],
  },
  // A wrong version: should a bad value ever be accepted, the submission still cannot happen.
  'send-app.submit': { keys: ['expectedVersion'], base: { expectedVersion: 9999 } },
  'memberships.create': { keys: ['userId', 'unitId', 'role'] },
  // Two blockers (a thread and a person that are not there): should one bad value be accepted, nothing is stored.
  'comments.create': { keys: ['body', 'field', 'parentId', 'mentions'], base: { body: 'Góp ý', parentId: 2_147_483_000, mentions: [2_147_483_000] }, lists: ['mentions'] },
  'email-digest.update': { keys: ['emailDigest'] },
  // Takes no field at all: whatever is sent (a chosen expiry, a version) is refused, never read.
  'preview.createLink': { keys: ['expiresAt', 'version', 'documentId', 'hours'] },
  // A version nobody has and an id that names no item: should one bad value be accepted, no item can move.
  // `items` takes a list of objects: every list or object that is not one is refused.
  'bulk.transition': { keys: ['action', 'items'], base: { action: 'approve', items: [{ documentId: 'khongtontai123', version: 9999 }] } },
  // A topic that is not there: should one bad value be accepted, no concern is filed (the super admin files for no unit either).
  'concerns.create': {
    keys: ['title', 'description', 'topicId', 'unitIds', 'channel', 'sourceLinks', 'firstSeenAt', 'kind', 'severity', 'departmentId', 'filingUnitId'],
    base: { title: 'Vấn đề', description: 'Mô tả', topicId: 2_147_483_000, channel: 'press', firstSeenAt: '2026-01-01T00:00:00.000Z', kind: 'current', severity: 'watch' },
    lists: ['unitIds', 'sourceLinks'],
  },
  'concerns.update': { keys: ['severity', 'status', 'handlerId', 'departmentId', 'kind', 'unitIds', 'note'], base: { status: 'in-progress' }, lists: ['unitIds'] },
  'concerns.addEntry': { keys: ['kind', 'text'], base: { kind: 'note', text: 'Ghi chú' } },
  // An item that is not there: should one bad value be accepted, nothing is linked.
  'concern-links.create': { keys: ['itemDocumentId'], base: { itemDocumentId: 'khongtontai123' } },
  // Takes no field at all: whatever is sent is refused, never read.
  'concern-links.draftResponse': { keys: ['title', 'kind', 'unit'] },
  // Files that are not there: should one bad value be accepted, nothing is attached.
  'concern-evidence.create': { keys: ['fileIds'], base: { fileIds: [2_147_483_000] }, lists: ['fileIds'] },
  // Units that are not there: should one bad value be accepted, no note is sent (and the super admin is not the Office).
  'guidance.create': {
    keys: ['title', 'body', 'audience', 'unitKinds', 'unitIds'],
    base: { title: 'Định hướng', body: 'Nội dung', audience: 'units', unitIds: [2_147_483_000] },
    lists: ['unitKinds', 'unitIds'],
  },
  // Take no field at all: whatever is sent is refused, never read.
  'guidance.read': { keys: ['unitId', 'firstReadAt'] },
  'guidance.remind': { keys: ['unitIds', 'days'] },
  'calendar-feed.create': { keys: ['token', 'userId', 'expiresAt'] },
  // Two blockers (a topic and an owner that are not there): should one bad value be accepted, no script is written or changed.
  'comm-scripts.create': {
    keys: ['title', 'topicId', 'lineId', 'keyMessages', 'channels', 'startsOn', 'endsOn', 'ownerDepartmentId', 'milestones'],
    base: { title: 'Kịch bản', topicId: 2_147_483_000, keyMessages: 'Thông điệp', channels: ['website'], startsOn: '2026-01-01', endsOn: '2026-12-31', ownerDepartmentId: 2_147_483_000, milestones: [] },
    lists: ['channels', 'milestones'],
  },
  'comm-scripts.update': {
    keys: ['title', 'topicId', 'lineId', 'keyMessages', 'channels', 'startsOn', 'endsOn', 'ownerDepartmentId', 'milestones'],
    base: { title: 'Kịch bản', topicId: 2_147_483_000, keyMessages: 'Thông điệp', channels: ['website'], startsOn: '2026-01-01', endsOn: '2026-12-31', ownerDepartmentId: 2_147_483_000, milestones: [] },
    lists: ['channels', 'milestones'],
  },
  // An item that is not there (and a script that is not there): nothing is linked.
  'script-items.create': { keys: ['itemDocumentId'], base: { itemDocumentId: 'khongtontai123' } },
  // A file that is not there: should one bad value be accepted, nothing is filed (the super admin files for no unit either).
  'unit-plans.create': { keys: ['unitId', 'year', 'fileId'], base: { year: 2026, fileId: 2_147_483_000 } },
  // The path's year is no plan year (the fuzz's id): should the body be accepted, no due date is set.
  'unit-plans.setDeadline': { keys: ['dueOn'], base: { dueOn: '2026-01-31' } },
  // A line and a unit that are not there: should one bad value be accepted, no assignment is made.
  'assignments.create': {
    keys: ['title', 'lineId', 'lineCode', 'scriptId', 'dueAt', 'note', 'unitIds', 'unitKinds', 'commissionerUnitId'],
    base: { lineCode: 'III.9.9', dueAt: '2030-01-01T00:00:00.000Z', unitIds: [2_147_483_000] },
    lists: ['unitIds', 'unitKinds'],
  },
  'assignments.fromEvent': {
    keys: ['title', 'lineId', 'lineCode', 'scriptId', 'dueAt', 'note', 'unitIds', 'unitKinds', 'commissionerUnitId'],
    base: { dueAt: '2030-01-01T00:00:00.000Z', unitIds: [2_147_483_000] },
    lists: ['unitIds', 'unitKinds'],
  },
  'assignments.draft': { keys: ['unitId', 'title', 'itemDocumentId'] },
  // Take no field at all: whatever is sent (a status, attempts) is refused, never read.
  'channels.retry': { keys: ['status', 'attempts'] },
  'channels.cancel': { keys: ['status', 'reason'] },
  // A topic that is not there: should one bad value be accepted, no event is stored.
  'plan-events.create': {
    keys: ['title', 'kind', 'startsAt', 'endsAt', 'place', 'organiser', 'topicId', 'lineId', 'lineCode', 'scriptId', 'note', 'ownerUnitId'],
    base: { title: 'Sự kiện', kind: 'other', startsAt: '2030-01-01T00:00:00.000Z', endsAt: '2030-01-01T01:00:00.000Z', place: 'Hội trường', organiser: 'Sở', topicId: 2_147_483_000 },
  },
  'plan-events.update': { keys: ['title', 'kind', 'startsAt', 'endsAt', 'place', 'organiser', 'topicId', 'lineId', 'lineCode', 'scriptId', 'note'], base: { topicId: 2_147_483_000 } },
  // A bad e-mail: should one other bad value be accepted, no contact is stored.
  'press-contacts.create': { keys: ['name', 'outlet', 'email', 'phone', 'active'], base: { name: 'Phóng viên', outlet: 'Báo', email: 'khong-phai-thu' } },
  'press-contacts.update': { keys: ['name', 'outlet', 'email', 'phone', 'active'], base: { email: 'khong-phai-thu' } },
  // A letter from the future: should one bad value be accepted, no request is entered.
  'info-requests.create': {
    keys: ['requesterKind', 'name', 'organisation', 'email', 'phone', 'address', 'subject', 'content', 'receivedAt'],
    base: { requesterKind: 'citizen', name: 'Người dân', email: 'nguoidan@example.invalid', subject: 'Yêu cầu', content: 'Nội dung', receivedAt: '2099-01-01T00:00:00.000Z' },
  },
  // A department that is not there: nothing is routed.
  'info-requests.act': { keys: ['action', 'departmentId', 'text'], base: { action: 'route', departmentId: 2_147_483_000 } },
  // An account that is not there: no one is registered.
  'press-desk.addSpokesperson': {
    keys: ['userId', 'title', 'allTopics', 'topicIds', 'validFrom', 'validTo', 'note'],
    base: { userId: 2_147_483_000, title: 'Người phát ngôn', allTopics: true, validFrom: '2026-01-01' },
    lists: ['topicIds'],
  },
  // An end before the start: nothing changes.
  'press-desk.updateSpokesperson': { keys: ['title', 'allTopics', 'topicIds', 'validFrom', 'validTo', 'note'], base: { validFrom: '2026-02-01', validTo: '2026-01-01' }, lists: ['topicIds'] },
  // A topic that is not there: no inquiry is logged.
  'press-desk.create': {
    keys: ['outlet', 'journalist', 'contact', 'question', 'topicId', 'departmentId', 'receivedAt', 'dueAt'],
    base: { outlet: 'Báo', journalist: 'Phóng viên', question: 'Câu hỏi', topicId: 2_147_483_000, receivedAt: '2026-01-01T00:00:00.000Z', dueAt: '2026-01-02T00:00:00.000Z' },
  },
  'press-desk.update': { keys: ['answer', 'departmentId', 'dueAt'], base: { departmentId: 2_147_483_000 } },
  // Take no field at all: whatever is sent is refused, never read.
  'press-desk.approve': { keys: ['approvedBy', 'answer'] },
  'press-desk.send': { keys: ['sentAt', 'answer'] },
  'press-desk.toResponse': { keys: ['title', 'kind'] },
  // Two blockers (a page id that is not digits, a timeout out of range): should one bad value be accepted, nothing is stored.
  'fanpage-settings.update': { keys: ['pageId', 'accessToken', 'graphBaseUrl', 'graphVersion', 'timeoutMs'], base: { pageId: 'khong-phai-so', timeoutMs: 1 } },
  // Takes no field at all: whatever is sent is refused, never read.
  'fanpage-settings.check': { keys: ['token', 'pageId'] },
  // Two blockers (the fuzz's item is a news item, the department is not one): should one bad value be accepted, nothing is stored.
  'consultations.update': {
    keys: ['opensOn', 'closesOn', 'draftFileId', 'departmentCode'],
    base: { opensOn: '2026-01-01', closesOn: '2026-01-31', draftFileId: null, departmentCode: 'KHONG-CO-PHONG' },
  },
};
