import type { Core } from '@strapi/strapi';
import { assertNoQuery } from '../../validation/common';
import { pressContacts } from './contacts';
import { parsePressContact, parsePressContactId, parsePressContactUpdate, parsePressSendingQuery } from './input';
import { pressSendings } from './sendings';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** "Danh sách báo chí" (the publisher): the contacts, and the e-mails sent to them. Thin: validate, then the service. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Ctx) {
    assertNoQuery(ctx.query);
    ctx.body = { data: await pressContacts(strapi).list() };
  },

  async create(ctx: Ctx) {
    assertNoQuery(ctx.query);
    const input = await parsePressContact(ctx.request.body);
    ctx.status = 201;
    ctx.body = { data: await pressContacts(strapi).create(input) };
  },

  async update(ctx: Ctx) {
    const id = parsePressContactId(ctx.params.id);
    assertNoQuery(ctx.query);
    const input = await parsePressContactUpdate(ctx.request.body);
    ctx.body = { data: await pressContacts(strapi).update(id, input) };
  },

  async sendings(ctx: Ctx) {
    const { page, pageSize } = await parsePressSendingQuery(ctx.query);
    const { data, total } = await pressSendings(strapi).list(page, pageSize);
    ctx.body = { data, meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } } };
  },
});
