// @vitest-environment jsdom
import '../support/preact-frames.ts';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Options } from '../../../src/options/Options.tsx';
import { DEFAULT_PROFILE, type Profile } from '../../../src/shared/profile.ts';
import { defaultState } from '../../../src/shared/state.ts';
import { type MockOptions, mockApi } from '../popup/mock-api.ts';

afterEach(cleanup);

function renderOptions(options: MockOptions = {}) {
  const api = mockApi(options);
  render(<Options api={api} />);
  return api;
}

const managed: Profile = {
  firmName: 'Payroll & Co',
  firmEmail: 'acces@payroll.example',
  analysts: [{ name: 'Ann', niss: '70041243623' }],
  rights: ['ecaro'],
  teamviewerUrl: 'https://get.teamviewer.com/payroll',
};

const input = (label: string | RegExp) => screen.getByLabelText(label) as HTMLInputElement;

function importFile(text: string) {
  // jsdom's File has no text(); browsers have it.
  const file = Object.assign(new File([text], 'profile.json', { type: 'application/json' }), {
    text: () => Promise.resolve(text),
  });
  fireEvent.change(input(/Importer un profil/), { target: { files: [file] } });
}

describe('options: the firm profile', () => {
  it('shows the default profile and saves an edit', async () => {
    const api = renderOptions();
    await screen.findByRole('heading', { name: 'Profil du secrétariat' });
    expect(input('Nom du secrétariat').value).toBe('e-thicHR');
    expect(input("NISS de l'analyste 2").value).toBe('82083026729');
    expect(
      (screen.getByRole('checkbox', { name: 'Déclaration de modification DmfA' }) as HTMLInputElement)
        .checked,
    ).toBe(true);
    fireEvent.input(input('Nom du secrétariat'), { target: { value: 'e-thicHR Liège' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ecaro' }));
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le profil' }));
    expect(await screen.findByText('Profil enregistré.')).toBeTruthy();
    fireEvent.input(input('Nom du secrétariat'), { target: { value: 'e-thicHR Liège 2' } });
    await waitFor(() => expect(screen.queryByText('Profil enregistré.')).toBeNull());
    expect(api.state.profile).toEqual({
      ...DEFAULT_PROFILE,
      firmName: 'e-thicHR Liège',
      rights: ['consultation-factures', 'dmfa-modification', 'dimona-declaration'],
    });
  });

  it('explains a wrong NISS next to the field and saves nothing', async () => {
    const api = renderOptions();
    const niss = await screen.findByLabelText("NISS de l'analyste 1");
    fireEvent.input(niss, { target: { value: '70.04.12-436.24' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le profil' }));
    await waitFor(() => expect(niss.getAttribute('aria-invalid')).toBe('true'));
    const error = niss.getAttribute('aria-describedby')?.split(' ').at(-1) ?? '';
    expect(document.getElementById(error)?.textContent).toMatch(/NISS/);
    expect(screen.getByRole('alert').textContent).toContain('Profil non enregistré');
    expect(api.calls).toEqual([]);
  });

  it('puts the default profile back into the form, saved only when asked', async () => {
    const api = renderOptions({ state: { ...defaultState(), profile: managed } });
    fireEvent.click(await screen.findByRole('button', { name: 'Reprendre le profil par défaut' }));
    expect(input('Nom du secrétariat').value).toBe('e-thicHR');
    expect(api.calls).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le profil' }));
    await screen.findByText('Profil enregistré.');
    expect(api.state.profile).toEqual(DEFAULT_PROFILE);
  });

  it('lists the repairs made to damaged stored data, when there are any', async () => {
    renderOptions({
      state: {
        ...defaultState(),
        recoveryNotes: [{ at: Date.UTC(2026, 10, 1), message: 'companies: 1 invalid entry was dropped' }],
      },
    });
    expect((await screen.findByTestId('recovery-notes')).textContent).toContain(
      'companies: 1 invalid entry was dropped',
    );
    cleanup();
    renderOptions();
    await screen.findByRole('heading', { name: 'Profil du secrétariat' });
    expect(screen.queryByTestId('recovery-notes')).toBeNull();
  });

  it('adds and removes analysts', async () => {
    renderOptions();
    fireEvent.click(await screen.findByRole('button', { name: 'Ajouter un analyste' }));
    expect(input("NISS de l'analyste 3").value).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Retirer Analyste principal' }));
    expect(input("Nom de l'analyste 1").value).toBe('Analyste back-up');
  });
});

describe('options: import and export', () => {
  it('exports the profile as a file that the import accepts', async () => {
    renderOptions();
    const link = await screen.findByRole('link', { name: 'Exporter le profil (JSON)' });
    expect(link.getAttribute('download')).toBe('onss-guide-profile.json');
    const text = decodeURIComponent((link.getAttribute('href') ?? '').replace(/^data:[^,]*,/, ''));
    expect(JSON.parse(text)).toEqual({ profile: DEFAULT_PROFILE });
    // The exact text saved can be read first.
    const shown = screen.getByTestId('profile-export-text');
    expect(shown.querySelector('summary')?.textContent).toBe('Voir le contenu exact du fichier');
    expect(shown.querySelector('pre')?.textContent).toBe(text);
  });

  it('refuses a bad file, says what is wrong and keeps the previous profile', async () => {
    const api = renderOptions();
    await screen.findByRole('heading', { name: 'Profil du secrétariat' });
    importFile(
      JSON.stringify({ profile: { ...managed, firmEmail: 'nope', analysts: [{ name: 'X', niss: '1' }] } }),
    );
    const outcome = await screen.findByText(/Fichier refusé, le profil actuel est conservé/);
    const list = outcome.closest('[data-testid="import-outcome"]')?.textContent ?? '';
    expect(list).toContain('profile.firmEmail');
    expect(list).toContain('profile.analysts[0].niss');
    expect(api.calls).toEqual([]);
    expect(api.state.profile).toEqual(DEFAULT_PROFILE);
    expect(input('Nom du secrétariat').value).toBe('e-thicHR');
  });

  it('shows what a good file would change (firm, analysts with their NISS, rights), then imports it once confirmed', async () => {
    const api = renderOptions();
    await screen.findByRole('heading', { name: 'Profil du secrétariat' });
    importFile(JSON.stringify({ profile: managed }));
    const preview = await screen.findByTestId('profile-confirm');
    // Nothing replaced yet: the question has the focus on Cancel, the stored profile is the default one.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Annuler'));
    expect(api.state.profile).toEqual(DEFAULT_PROFILE);
    expect(api.calls.filter((call) => call.method === 'setProfile')).toEqual([]);
    const text = preview.textContent ?? '';
    expect(text).toContain(
      'Nom du secrétariat\u00a0: «\u00a0Payroll & Co\u00a0» (actuellement «\u00a0e-thicHR\u00a0»)',
    );
    expect(within(preview).getByTestId('preview-analysts').textContent).toBe(
      'Ann — NISS 70.04.12-436.23 (actuellement «\u00a0Analyste principal\u00a0»)',
    );
    expect(within(preview).getByTestId('preview-analysts-removed').textContent).toBe(
      'Analyste back-up — NISS 82.08.30-267.29',
    );
    expect(
      within(preview)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toContain('Ecaro');
    expect(within(preview).getByTestId('preview-rights-removed').textContent).toContain('Déclaration Dimona');
    fireEvent.click(within(preview).getByRole('button', { name: "Confirmer l'import" }));
    expect(await screen.findByText('Profil importé.')).toBeTruthy();
    expect(api.state.profile).toEqual(managed);
    expect(screen.queryByTestId('profile-confirm')).toBeNull();
    await waitFor(() => expect(input('Nom du secrétariat').value).toBe('Payroll & Co'));
  });

  it('cancels an import (button or Escape): nothing changes and it says so', async () => {
    const api = renderOptions();
    await screen.findByRole('heading', { name: 'Profil du secrétariat' });
    importFile(JSON.stringify({ profile: managed }));
    fireEvent.click(
      within(await screen.findByTestId('profile-confirm')).getByRole('button', { name: 'Annuler' }),
    );
    expect(screen.queryByTestId('profile-confirm')).toBeNull();
    expect(screen.getByTestId('import-outcome').textContent).toBe("Import annulé\u00a0: rien n'a changé.");
    expect(document.activeElement).toBe(input(/Importer un profil/));
    importFile(JSON.stringify({ profile: managed }));
    fireEvent.keyDown(await screen.findByTestId('profile-confirm'), { key: 'Escape' });
    expect(screen.queryByTestId('profile-confirm')).toBeNull();
    expect(api.state.profile).toEqual(DEFAULT_PROFILE);
    expect(api.calls.filter((call) => call.method === 'setProfile')).toEqual([]);
  });

  it('says when a file holds the profile already in force', async () => {
    renderOptions();
    await screen.findByRole('heading', { name: 'Profil du secrétariat' });
    importFile(JSON.stringify({ profile: DEFAULT_PROFILE }));
    expect((await screen.findByTestId('profile-confirm')).textContent).toContain(
      'Ce fichier contient le même profil',
    );
  });
});

describe('options: an unreadable profile, a policy set meanwhile', () => {
  it('says the stored profile is unreadable; the import preview compares with nothing, not with the defaults', async () => {
    const api = renderOptions({ state: { ...defaultState(), profileUnreadable: true } });
    expect((await screen.findByTestId('profile-unreadable')).textContent).toContain(
      'Le guide ne remplit et ne coche plus rien',
    );
    importFile(JSON.stringify({ profile: managed }));
    const preview = await screen.findByTestId('profile-confirm');
    expect(within(preview).getByTestId('preview-unreadable').textContent).toContain(
      "Le profil actuel n'a pas pu être lu",
    );
    expect(preview.textContent).toContain(
      'Nom du secrétariat\u00a0: «\u00a0Payroll & Co\u00a0» (actuellement «\u00a0illisible\u00a0»)',
    );
    // The default analysts stand in for the unreadable profile: not « renamed », not « removed ».
    expect(within(preview).getByTestId('preview-analysts').textContent).toBe(
      'Ann — NISS 70.04.12-436.23 (nouveau)',
    );
    expect(within(preview).queryByTestId('preview-analysts-removed')).toBeNull();
    expect(preview.textContent).not.toMatch(/Analyste (principal|back-up)/);
    fireEvent.click(within(preview).getByRole('button', { name: "Confirmer l'import" }));
    expect(await screen.findByText('Profil importé.')).toBeTruthy();
    expect(api.state).toMatchObject({ profile: managed, profileUnreadable: false });
    await waitFor(() => expect(screen.queryByTestId('profile-unreadable')).toBeNull());
  });

  it("says in the page's language that a policy set since the preview refuses the import", async () => {
    const options: MockOptions = {};
    const api = renderOptions(options);
    await screen.findByRole('heading', { name: 'Profil du secrétariat' });
    importFile(JSON.stringify({ profile: managed }));
    const preview = await screen.findByTestId('profile-confirm');
    // The firm's policy arrives while the preview is open (the page has not heard of it yet).
    options.managed = { ...managed, firmName: 'Policy' };
    fireEvent.click(within(preview).getByRole('button', { name: "Confirmer l'import" }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      "Cette action n'a pas abouti\u00a0: Profil refusé\u00a0: votre secrétariat fixe désormais le profil (configuration gérée). Le profil local n'a pas été modifié.",
    );
    expect(screen.getByTestId('import-outcome').textContent).toBe('');
    expect(api.state.profile).toEqual(DEFAULT_PROFILE);
  });
});

describe('options: managed profile and language', () => {
  it('shows the managed profile, says so, and locks the form and the import', async () => {
    renderOptions({ managed });
    expect((await screen.findByTestId('managed-banner')).textContent).toContain('fixé par votre secrétariat');
    expect(input('Nom du secrétariat').value).toBe('Payroll & Co');
    // Disabled through their fieldset: the property stays false, the :disabled state is what counts.
    expect(input('Nom du secrétariat').matches(':disabled')).toBe(true);
    expect(screen.getByRole('button', { name: 'Enregistrer le profil' }).matches(':disabled')).toBe(true);
    expect(input(/Importer un profil/).disabled).toBe(true);
  });

  it('switches the pages to the chosen language', async () => {
    const api = renderOptions();
    const select = (await screen.findByLabelText(/Langue du guide/)) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'nl' } });
    expect(await screen.findByRole('heading', { name: 'Profiel van het sociaal secretariaat' })).toBeTruthy();
    expect(api.state.settings.uiLocale).toBe('nl');
    expect(document.documentElement.lang).toBe('nl');
    expect(document.title).toBe('RSZ-toegangsgids – instellingen');
  });
});
