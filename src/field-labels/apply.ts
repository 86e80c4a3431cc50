import type { Core } from '@strapi/strapi';
import { FIELD_LABELS } from './labels';

type FieldMeta = { edit?: Record<string, unknown>; list?: Record<string, unknown> };
type Configuration = {
  settings: Record<string, unknown>;
  metadatas: Record<string, FieldMeta>;
  layouts: { list: string[]; edit: unknown; [key: string]: unknown };
};

/**
 * Gives the content-manager Vietnamese field labels, hints, list columns and main fields. Only
 * what still has Strapi's default (a label equal to the field name) is changed, so what an
 * administrator set in "Configure the view" is kept, and a second start changes nothing.
 */
export async function applyFieldLabels(strapi: Core.Strapi): Promise<void> {
  const contentTypes = strapi.plugin('content-manager').service('content-types');
  for (const [uid, labels] of Object.entries(FIELD_LABELS)) {
    const schema = contentTypes.findContentType(uid);
    if (!schema) continue;
    const { uid: _uid, ...config } = (await contentTypes.findConfiguration(schema)) as Configuration & { uid: string };
    let changed = false;

    for (const [field, value] of Object.entries(labels.fields)) {
      const meta = config.metadatas[field];
      const [label, hint] = Array.isArray(value) ? value : [value, undefined];
      if (!meta?.edit || meta.edit.label !== field) continue;
      meta.edit = { ...meta.edit, label, ...(hint ? { description: hint } : {}) };
      if (meta.list) meta.list = { ...meta.list, label };
      changed = true;
    }
    // A fresh configuration lists the first four fields and uses the first text field as main field.
    if (changed) {
      config.layouts.list = labels.list;
      config.settings = { ...config.settings, mainField: labels.mainField };
      await contentTypes.updateConfiguration(schema, config);
    }
  }
}
