import type { ChannelItem } from '../../../../shared/contracts/channels';
import type { PortalPayload } from '../../../../shared/contracts/channel-portal';

/** What a feed entry keeps of the item: the public fields, named one by one (never the item spread). */
export function portalPayloadOf(item: ChannelItem): PortalPayload {
  return {
    documentId: item.documentId,
    title: item.title,
    slug: item.slug,
    summary: item.summary ?? null,
    text: item.text,
    url: item.url,
    coverUrl: item.coverUrl ?? null,
    photoUrls: [...(item.photoUrls ?? [])],
    unitName: item.unitName ?? null,
    publishedAt: item.publishedAt,
    correctionNote: item.correctionNote ?? null,
  };
}

/**
 * A removal's entry: which item went (its title and address, so the portal can find its copy), no
 * content. `known` is the item's last entry, when the portal had it.
 */
export function removalPayloadOf(itemDocumentId: string, known: PortalPayload | null, item: ChannelItem | null): PortalPayload {
  const source = item ? portalPayloadOf(item) : known;
  return {
    documentId: itemDocumentId,
    title: source?.title ?? '',
    slug: source?.slug ?? '',
    summary: null,
    text: '',
    url: source?.url ?? '',
    coverUrl: null,
    photoUrls: [],
    unitName: source?.unitName ?? null,
    publishedAt: source?.publishedAt ?? new Date().toISOString(),
    correctionNote: null,
  };
}
