// @vitest-environment jsdom
import '../support/preact-frames.ts';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from '../../../src/popup/Popup.tsx';
import { type MockOptions, mockApi, stateWithProgress } from './mock-api.ts';

afterEach(cleanup);

function renderPopup(options: MockOptions = {}) {
  const api = mockApi(options);
  render(<Popup api={api} />);
  return api;
}

const heading = (name: RegExp) => screen.findByRole('heading', { name });

describe('popup: where the client is', () => {
  it('off the portal, offers a link that opens the employer page', async () => {
    renderPopup();
    const link = await screen.findByRole('link', { name: /Ouvrir la page Employeurs/ });
    expect(link.getAttribute('href')).toBe('https://www.socialsecurity.be/site_fr/employer/infos/index.htm');
    expect(link.getAttribute('target')).toBe('_blank');
    expect((await screen.findByTestId('next-step')).textContent).toBe(
      'Prochaine étape : Connectez-vous au portail : le guide reconnaîtra votre société.',
    );
  });

  it('names the next step from the progress', async () => {
    renderPopup({ state: stateWithProgress(), browserLanguage: 'nl-BE' });
    expect((await screen.findByTestId('next-step')).textContent).toBe(
      'Volgende stap: Voeg de volgende analist toe: Toegangsbeheer, daarna “Gebruiker toevoegen”.',
    );
    expect((await screen.findByRole('link', { name: /Werkgevers/ })).getAttribute('href')).toContain(
      '/site_nl/',
    );
  });

  it('on a recognised page, says in one sentence what to do', async () => {
    const state = stateWithProgress();
    const url = 'https://www.socialsecurity.be/app000/umoe/new-user.htm';
    state.lastPage = { url, stepId: 'grant.niss', lang: 'fr', at: 1 };
    renderPopup({ state, activeUrl: url });
    expect((await screen.findByTestId('where-step')).textContent).toBe(
      "Saisissez le NISS de l'analyste suivant, puis cliquez sur « Suivant ».",
    );
  });
});

describe('popup: preparation checklist', () => {
  it('lists credentials, eID software with its download link and the restart; no Firefox add-on in Chrome', async () => {
    renderPopup();
    await heading(/À préparer/);
    expect(screen.getByRole('checkbox', { name: /mot de passe.*code PIN/ })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: /logiciel eID/ })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: /relancé le navigateur/ })).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: /Firefox/ })).toBeNull();
    expect(screen.getByRole('link', { name: /Télécharger le logiciel eID/ }).getAttribute('href')).toBe(
      'https://eid.belgium.be/fr',
    );
    expect(screen.getByText(/Chrome est le plus compatible/)).toBeTruthy();
  });

  it('keeps the ticks the client made', async () => {
    const api = renderPopup();
    fireEvent.click(await screen.findByRole('checkbox', { name: /logiciel eID/ }));
    expect(api.loadChecklist()).toEqual({ eid_software: true });
  });
});

describe('popup: progress per company', () => {
  it('shows registration and each analyst in words, the current company first', async () => {
    renderPopup({ state: stateWithProgress() });
    const card = (await screen.findByRole('heading', { name: /Boulangerie Dupont SRL/ })).closest('li');
    if (!card) throw new Error('no card');
    const text = card.textContent ?? '';
    expect(text).toContain('0123.456.749');
    expect(text).toContain('Société en cours');
    expect(text).toContain('1 analyste sur 2 a ses accès.');
    expect(text).toMatch(/EnregistrementFait/);
    expect(text).toMatch(/Analyste principal✓ Accès donné/);
    expect(text).toMatch(/Analyste back-up◐ En cours/);
  });

  it('refuses a wrong enterprise number with a clear message and adds a valid one', async () => {
    const api = renderPopup();
    const number = await screen.findByLabelText(/Numéro d'entreprise/);
    fireEvent.input(number, { target: { value: '0403.170.702' } });
    fireEvent.input(screen.getByLabelText('Nom exact de la société'), { target: { value: 'Nouvelle SA' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter' }));
    await waitFor(() => expect(number.getAttribute('aria-invalid')).toBe('true'));
    const message = document.getElementById(number.getAttribute('aria-describedby')?.split(' ').at(-1) ?? '');
    expect(message?.textContent).toMatch(/numéro d.entreprise/i);
    expect(api.calls).toEqual([]);

    fireEvent.input(number, { target: { value: 'BE0403170701' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter' }));
    await heading(/Nouvelle SA/);
    expect(api.calls).toEqual([{ method: 'addCompany', args: ['0403170701', 'Nouvelle SA'] }]);
  });

  it('offers the company recognised on the portal', async () => {
    const state = stateWithProgress();
    state.lastPage = {
      url: 'https://www.socialsecurity.be/app000/home',
      stepId: null,
      lang: 'fr',
      at: 1,
      company: { name: 'Nouvelle SA', enterpriseNumber: '0403170701' },
    };
    const api = renderPopup({ state });
    expect(
      await screen.findByText('Société reconnue sur le portail : Nouvelle SA (0403.170.701).'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: "L'ajouter à mes sociétés" }));
    await heading(/Nouvelle SA/);
    expect(api.calls).toEqual([{ method: 'addCompany', args: ['0403170701', 'Nouvelle SA'] }]);
  });

  it('removes a company only after confirmation', async () => {
    const api = renderPopup({ state: stateWithProgress() });
    fireEvent.click(await screen.findByRole('button', { name: 'Retirer Garage Peeters BV de la liste' }));
    expect(api.calls).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Oui, retirer' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: /Garage Peeters/ })).toBeNull());
    expect(api.calls).toEqual([{ method: 'removeCompany', args: ['0987654394'] }]);
  });

  it('follows changes made elsewhere (the guide marking an analyst done)', async () => {
    const api = renderPopup({ state: stateWithProgress() });
    await screen.findByText('1 analyste sur 2 a ses accès.');
    api.externalChange((s) => ({
      ...s,
      companies: s.companies.map((c, i) =>
        i === 0
          ? { ...c, analysts: { ...c.analysts, '82083026729': { status: 'granted', updatedAt: 9 } } }
          : c,
      ),
    }));
    expect(await screen.findByText('2 analystes sur 2 ont leurs accès.')).toBeTruthy();
  });
});

describe('popup: the final e-mail', () => {
  it('waits until someone has access', async () => {
    renderPopup();
    expect(await screen.findByText(/un e-mail prêt à envoyer apparaîtra ici/)).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Ouvrir l'e-mail/ })).toBeNull();
  });

  it('offers a mailto link and a copy button, then records that it was sent', async () => {
    const api = renderPopup({ state: stateWithProgress() });
    const link = await screen.findByRole('link', { name: "Ouvrir l'e-mail prêt à envoyer" });
    const href = link.getAttribute('href') ?? '';
    expect(href.startsWith('mailto:hello@e-thichr.com?subject=')).toBe(true);
    expect(decodeURIComponent(href)).toContain("Boulangerie Dupont SRL – numéro d'entreprise 0123.456.749");
    expect((screen.getByTestId('mail-body') as HTMLTextAreaElement).value).toContain(
      'Analyste back-up (NISS 82.08.30-267.29) : pas encore fait',
    );

    const section = screen.getByRole('region', { name: /Dernière étape/ });
    fireEvent.click(within(section).getByRole('button', { name: 'Copier le texte' }));
    await within(section).findByText(/Texte copié/);
    expect(api.copied[0]).toMatch(/^À : hello@e-thichr.com\nObjet : Accès ONSS donnés à e-thicHR/);

    fireEvent.click(screen.getByRole('button', { name: "J'ai envoyé l'e-mail" }));
    expect((await screen.findByTestId('notified')).textContent).toMatch(/^E-mail envoyé le/);
    expect(api.calls.at(-1)).toEqual({ method: 'markNotified', args: [] });
  });
});

describe('popup: help request', () => {
  it('checks the form, then prepares an e-mail with the slots, TeamViewer and the PIN reminder', async () => {
    renderPopup({ state: stateWithProgress() });
    fireEvent.click(await screen.findByText("Besoin d'aide ?"));
    const prepare = screen.getByRole('button', { name: "Préparer l'e-mail" });
    fireEvent.click(prepare);
    expect(await screen.findAllByText('Proposez un moment.')).toHaveLength(3);
    expect(screen.getByText('Indiquez qui appeler.')).toBeTruthy();
    expect((screen.getByLabelText('Société') as HTMLInputElement).value).toBe('Boulangerie Dupont SRL');

    ['lundi 10 h', 'mardi 11 h', 'jeudi 15 h'].forEach((slot, i) => {
      fireEvent.input(screen.getByLabelText(`Moment ${i + 1}`), { target: { value: slot } });
    });
    fireEvent.input(screen.getByLabelText(/personne à appeler/), { target: { value: 'Marie Dupont' } });
    fireEvent.input(screen.getByLabelText('Téléphone'), { target: { value: '0470 12 34 56' } });
    fireEvent.click(prepare);
    const bodies = await screen.findAllByTestId('mail-body');
    const help = (bodies.at(-1) as HTMLTextAreaElement | undefined)?.value ?? '';
    expect(help).toContain('1. lundi 10 h\n2. mardi 11 h\n3. jeudi 15 h');
    expect(help).toContain('Téléphone : 0470 12 34 56');
    expect(help).toContain('TeamViewer (https://www.teamviewer.com/fr/download/windows/)');
    expect(help).toContain('code PIN');
  });
});

describe('popup: reset and language', () => {
  it('resets only after confirmation', async () => {
    const api = renderPopup({ state: stateWithProgress() });
    fireEvent.click(await screen.findByRole('button', { name: "Effacer l'avancement…" }));
    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(api.calls).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: "Effacer l'avancement…" }));
    fireEvent.click(screen.getByRole('button', { name: 'Oui, tout effacer' }));
    expect(await screen.findByText(/Aucune société pour l'instant/)).toBeTruthy();
    expect(api.calls).toEqual([{ method: 'resetProgress', args: [] }]);
  });

  it('speaks the override language even when the browser is French, and sets <html lang>', async () => {
    const state = stateWithProgress();
    state.settings.uiLocale = 'nl';
    renderPopup({ state, browserLanguage: 'fr-BE' });
    expect(await heading(/Uw ondernemingen/)).toBeTruthy();
    expect(document.documentElement.lang).toBe('nl');
    expect(screen.getByText('1 van de 2 analisten heeft toegang.')).toBeTruthy();
  });

  it('follows the browser language otherwise', async () => {
    renderPopup({ browserLanguage: 'de-BE' });
    expect(await heading(/Ihre Gesellschaften/)).toBeTruthy();
    expect(document.documentElement.lang).toBe('de');
  });
});

describe('popup: repaired data', () => {
  it('says in a short line that stored data was repaired lately, and leads to the details', async () => {
    const state = {
      ...stateWithProgress(),
      recoveryNotes: [{ at: Date.now() - 1000, message: 'companies: reset' }],
    };
    const api = renderPopup({ state });
    const line = await screen.findByTestId('repaired');
    expect(line.textContent).toContain('ont été réparées');
    fireEvent.click(within(line).getByRole('button', { name: 'Voir le détail' }));
    expect(api.calls.some((call) => call.method === 'openOptions')).toBe(true);
  });

  it('says nothing when no repair was made lately', async () => {
    renderPopup({ state: { ...stateWithProgress(), recoveryNotes: [{ at: 1, message: 'old' }] } });
    await screen.findByTestId('next-step');
    expect(screen.queryByTestId('repaired')).toBeNull();
  });
});
