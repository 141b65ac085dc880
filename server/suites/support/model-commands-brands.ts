import type fc from 'fast-check';
import { Brand } from '../../../contract/brand.ts';
import { Theme } from '../../../contract/theme.ts';
import { type KeyName, type Model, type Real, checkInvariants, expectEqual, expectStatus, personal, visible } from './model.ts';

type Cmd = fc.AsyncCommand<Model, Real>;
const SYSTEM_THEME = 'midnight-blue';
const enc = encodeURIComponent;

/** Asserts a brand answer against the model: fields, embedded theme, and exactly its live linked assets. */
function checkBrand(json: unknown, model: Model, id: string) {
  const b = Brand.parse(json);
  const m = model.brands.get(id)!;
  expectEqual([b.id, b.name, b.theme_id, b.theme?.id ?? null], [m.id, m.name, m.theme_id, m.theme_id], 'brand fields');
  expectEqual(b.assets.map((a) => a.id), model.linkedAssets(id), `brand ${id} embedded assets`);
}

export class CreateBrand implements Cmd {
  constructor(readonly key: KeyName, readonly shared: boolean, readonly name: string, readonly themeRef: number | null) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const scope = this.shared ? 'S' : personal(this.key);
    const theme = this.themeRef === null ? undefined : model.pick('theme', this.themeRef);
    const themeId = theme?.id ?? SYSTEM_THEME;
    // Hierarchy: a brand may use a system theme or a live custom theme of its own scope only.
    const usable = !theme || (model.themes.has(theme.id) && theme.scope === scope);
    const res = await real.call(this.key, 'POST', '/v1/brands', { name: this.name, theme_id: themeId, ...real.scopeParam(scope) });
    if (!usable) expectStatus(res, 404, 'brand with an unusable theme');
    else {
      expectStatus(res, 201, 'create brand');
      const id = (res.json as { id: string }).id;
      model.brands.set(id, { id, scope, name: this.name, theme_id: themeId });
      model.created.brand.push({ id, scope });
      checkBrand(res.json, model, id);
    }
    checkInvariants(model, real);
  }
  toString = () => `CreateBrand(${this.key}, ${this.shared ? 'shared' : 'personal'}, ${JSON.stringify(this.name)}, theme#${this.themeRef})`;
}

/** GET, PATCH (name and theme) or DELETE of the `ref`-th brand ever made: deleted is 404 everywhere, foreign 403. */
export class BrandById implements Cmd {
  constructor(readonly key: KeyName, readonly method: 'GET' | 'PATCH' | 'DELETE', readonly ref: number, readonly name: string, readonly themeRef: number | null) {}
  check = (m: Readonly<Model>) => m.created.brand.length > 0;
  async run(model: Model, real: Real) {
    const target = model.pick('brand', this.ref)!;
    const live = model.brands.get(target.id);
    const theme = this.themeRef === null ? undefined : model.pick('theme', this.themeRef);
    const body = this.method === 'PATCH' ? { name: this.name, ...(theme ? { theme_id: theme.id } : {}) } : undefined;
    const res = await real.call(this.key, this.method, `/v1/brands/${enc(target.id)}`, body);
    if (!live) expectStatus(res, 404, `${this.method} deleted brand`);
    else if (!visible(this.key, live.scope)) expectStatus(res, 403, `${this.method} foreign brand`);
    else if (this.method === 'PATCH' && theme && !(model.themes.has(theme.id) && theme.scope === live.scope)) {
      expectStatus(res, 404, 'patch brand onto an unusable theme');
    } else if (this.method === 'DELETE') {
      expectStatus(res, 204, 'delete brand');
      model.brands.delete(live.id);
      // Its assets stay, unlinked.
      for (const a of model.assets.values()) if (a.brand_id === live.id) a.brand_id = null;
    } else {
      expectStatus(res, 200, `${this.method} brand`);
      if (this.method === 'PATCH') Object.assign(live, { name: this.name, ...(theme ? { theme_id: theme.id } : {}) });
      checkBrand(res.json, model, live.id);
    }
    checkInvariants(model, real);
  }
  toString = () => `${this.method}Brand(${this.key}, brand#${this.ref}${this.method === 'PATCH' ? `, ${JSON.stringify(this.name)}, theme#${this.themeRef}` : ''})`;
}

export class CreateTheme implements Cmd {
  constructor(readonly key: KeyName, readonly shared: boolean, readonly name: string, readonly primary: string) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const scope = this.shared ? 'S' : personal(this.key);
    const colors = (await real.call(this.key, 'GET', `/v1/themes/${SYSTEM_THEME}`)).json as { colors: Record<string, string> };
    const body = { name: this.name, font_primary: 'Inter', font_secondary: 'Lora', colors: { ...colors.colors, primary: this.primary }, ...real.scopeParam(scope) };
    const res = await real.call(this.key, 'POST', '/v1/themes', body);
    expectStatus(res, 201, 'create theme');
    const t = Theme.parse(res.json);
    model.themes.set(t.id, { id: t.id, scope, name: this.name, primary: this.primary });
    model.created.theme.push({ id: t.id, scope });
    expectEqual([t.name, t.colors.primary, t.is_custom], [this.name, this.primary, true], 'created theme');
    checkInvariants(model, real);
  }
  toString = () => `CreateTheme(${this.key}, ${this.shared ? 'shared' : 'personal'}, ${JSON.stringify(this.name)}, ${this.primary})`;
}

/** GET, PATCH (name, primary colour) or DELETE of a custom theme: deleted or foreign 404, in use 409. */
export class ThemeById implements Cmd {
  constructor(readonly key: KeyName, readonly method: 'GET' | 'PATCH' | 'DELETE', readonly ref: number, readonly name: string, readonly primary: string) {}
  check = (m: Readonly<Model>) => m.created.theme.length > 0;
  async run(model: Model, real: Real) {
    const target = model.pick('theme', this.ref)!;
    const live = model.themes.get(target.id);
    const body = this.method === 'PATCH' ? { name: this.name, colors: { primary: this.primary } } : undefined;
    const res = await real.call(this.key, this.method, `/v1/themes/${enc(target.id)}`, body);
    if (!live || !visible(this.key, live.scope)) expectStatus(res, 404, `${this.method} deleted or foreign theme`);
    else if (this.method === 'DELETE') {
      const inUse = [...model.brands.values()].some((b) => b.theme_id === live.id);
      expectStatus(res, inUse ? 409 : 204, 'delete theme');
      if (!inUse) model.themes.delete(live.id);
    } else {
      expectStatus(res, 200, `${this.method} theme`);
      if (this.method === 'PATCH') Object.assign(live, { name: this.name, primary: this.primary });
      const t = Theme.parse(res.json);
      expectEqual([t.id, t.name, t.colors.primary], [live.id, live.name, live.primary], 'theme fields');
    }
    checkInvariants(model, real);
  }
  toString = () => `${this.method}Theme(${this.key}, theme#${this.ref}${this.method === 'PATCH' ? `, ${JSON.stringify(this.name)}, ${this.primary}` : ''})`;
}
