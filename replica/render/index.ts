import { makeCtx, type RenderCtx } from './context.ts';
import { companyBar, csamDocument, fasDocument, kboDocument, type Page, portalDocument } from './layout.ts';
import { amConfirm, amGroups, amNiss, amQuality, amRights, amUsers } from './screens/access.ts';
import { csamRegister } from './screens/csam.ts';
import { kboResult, kboSearch } from './screens/kbo.ts';
import { loginChoice, loginMethod } from './screens/login.ts';
import { companyChoice, home, services } from './screens/portal.ts';
import { employerInfo, sessionExpired } from './screens/public.ts';
import {
  registerContact,
  registerContactConfirm,
  registerDone,
  registerNumber,
  registerRefused,
} from './screens/registration.ts';
import { CSAM, IDP, KBO, type ScreenId } from './screens.ts';
import type { ScreenData, Variant } from './types.ts';

// The pure page renderer: (screen, variant, data) → a full HTML document. No I/O, deterministic.

const PAGES: Record<ScreenId, (ctx: RenderCtx) => Page> = {
  'employer-info': employerInfo,
  'register-number': registerNumber,
  'register-not-legal-rep': registerRefused,
  'register-contact': registerContact,
  'register-contact-confirm': registerContactConfirm,
  'register-done': registerDone,
  'login-choice': loginChoice,
  'login-method': loginMethod,
  'company-choice': companyChoice,
  home,
  services,
  'am-quality': amQuality,
  'am-groups': amGroups,
  'am-users': amUsers,
  'am-niss': amNiss,
  'am-rights': amRights,
  'am-confirm': amConfirm,
  'kbo-search': kboSearch,
  'kbo-result': kboResult,
  'csam-register': csamRegister,
  'session-expired': sessionExpired,
};

export function renderScreen(screen: ScreenId, variant: Variant, data: ScreenData = {}): string {
  const ctx = makeCtx(screen, variant, data);
  const page = PAGES[screen](ctx);
  if (ctx.screen.host === IDP) return fasDocument(ctx, page);
  if (ctx.screen.host === KBO) return kboDocument(ctx, page);
  if (ctx.screen.host === CSAM) return csamDocument(ctx, page);
  const bar = ctx.screen.loggedIn
    ? companyBar(ctx, ctx.d.company)
    : screen === 'company-choice'
      ? companyBar(ctx, null)
      : '';
  return portalDocument(ctx, page, bar);
}

export { SAMPLE_DATA } from './sample.ts';
export {
  ACTIONS,
  SCREEN_IDS,
  SCREENS,
  type ScreenId,
  type ScreenInfo,
  screenInfo,
  screenPath,
  screenUrl,
} from './screens.ts';
export * from './types.ts';
