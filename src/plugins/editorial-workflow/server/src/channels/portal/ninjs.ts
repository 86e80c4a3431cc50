import type { PortalFeedEntry } from '../../../../shared/contracts/channel-portal';
import { PORTAL_PUBSTATUS } from '../../../../shared/contracts/channel-portal';

/**
 * One entry as an IPTC NINJS 2.x news item (https://www.iptc.org/std/ninjs/): `headlines`,
 * `descriptions`, `bodies` as lists of values with their role, the cover in `associations`
 * (`featureimage`) and the photos after it. `pubstatus` is `usable` for a publish or a correction,
 * `canceled` for a removal, and `withheld` for the earlier entries of an item since removed (their
 * content is left out). `uri` names the item (the same across its entries, as NINJS asks of one
 * news object); `version` is the entry, so the portal takes the highest.
 */
export interface NinjsItem {
  uri: string;
  type: 'text';
  version: string;
  firstcreated: string;
  versioncreated: string;
  pubstatus: 'usable' | 'withheld' | 'canceled';
  language: 'vi';
  headlines: Array<{ role: string; contenttype: string; value: string }>;
  descriptions?: Array<{ role: string; contenttype: string; value: string }>;
  bodies?: Array<{ role: string; contenttype: string; value: string }>;
  ednote?: string;
  by?: string;
  slugline: string;
  associations?: Array<{ name: string; type: 'picture'; uri: string; renditions: Array<{ name: string; href: string }> }>;
  links: Array<{ rel: string; href: string; contenttype?: string }>;
}

export function ninjsOf(entry: PortalFeedEntry): NinjsItem {
  const { payload, action } = entry;
  const withContent = action !== 'retract' && entry.current;
  const pubstatus = entry.current || action === 'retract' ? PORTAL_PUBSTATUS[action] : 'withheld';
  const plain = (role: string, value: string) => ({ role, contenttype: 'text/plain', value });
  const pictures = withContent
    ? [
        ...(payload.coverUrl ? [{ name: 'featureimage', url: payload.coverUrl }] : []),
        ...payload.photoUrls.map((url, i) => ({ name: `photo${i + 1}`, url })),
      ]
    : [];
  return {
    uri: payload.url || `urn:sogd:item:${payload.documentId}`,
    type: 'text',
    version: String(entry.id),
    firstcreated: payload.publishedAt,
    versioncreated: entry.at,
    pubstatus,
    language: 'vi',
    headlines: [{ role: 'main', contenttype: 'text/plain', value: payload.title }],
    ...(withContent && payload.summary ? { descriptions: [plain('summary', payload.summary)] } : {}),
    ...(withContent ? { bodies: [plain('main', payload.text)] } : {}),
    ...(withContent && action === 'correct' && payload.correctionNote ? { ednote: `Đính chính: ${payload.correctionNote}` } : {}),
    ...(action === 'retract' ? { ednote: 'Tin bài đã được gỡ: đề nghị gỡ bản đã đăng lại.' } : {}),
    ...(withContent && payload.unitName ? { by: payload.unitName } : {}),
    slugline: payload.slug,
    ...(pictures.length > 0
      ? { associations: pictures.map(({ name, url }) => ({ name, type: 'picture' as const, uri: url, renditions: [{ name: 'original', href: url }] })) }
      : {}),
    links: payload.url ? [{ rel: 'canonical', href: payload.url, contenttype: 'text/html' }] : [],
  };
}
