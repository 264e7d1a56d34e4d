// @vitest-environment jsdom
import '../support/preact-frames.ts';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Fingerprint, LearnedSet } from '../../../src/engine/fingerprint.ts';
import { countsByStep, parseLearnedFile } from '../../../src/options/learned-file.ts';
import { Options } from '../../../src/options/Options.tsx';
import { defaultState } from '../../../src/shared/state.ts';
import { type MockOptions, mockApi } from '../popup/mock-api.ts';

afterEach(cleanup);

const niss: Fingerprint = {
  stepId: 'grant.niss',
  role: 'textbox',
  name: 'NISS',
  label: 'Numéro NISS',
  words: ['niss', 'input'],
  learnedAt: 1,
};
const next: Fingerprint = {
  stepId: 'grant.niss',
  role: 'button',
  name: 'Suivant',
  words: ['next'],
  learnedAt: 2,
};
const company: Fingerprint = {
  stepId: 'connect.pick-company',
  role: 'link',
  // A company's row: its name is data, masked when it was learned.
  name: '…',
  words: [],
  position: { rank: 1, containerWords: ['companies'] },
};
const stored: LearnedSet = { version: 1, fingerprints: [niss, next, company] };

async function renderOptions(options: MockOptions = {}) {
  const api = mockApi(options);
  render(<Options api={api} />);
  await screen.findByRole('heading', { name: 'Corrections apprises' });
  // The learned set is loaded after the page's state.
  await screen.findByTestId('learned-count');
  return api;
}

// jsdom's File has no text(); browsers have it.
const jsonFile = (text: string) =>
  Object.assign(new File([text], 'learned.json', { type: 'application/json' }), {
    text: () => Promise.resolve(text),
  });

function importLearned(text: string) {
  fireEvent.change(screen.getByLabelText('Importer des corrections (fichier JSON)'), {
    target: { files: [jsonFile(text)] },
  });
}

const outcome = () => screen.getByTestId('learned-outcome').textContent ?? '';
const rows = () =>
  within(screen.getByTestId('learned-steps'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.textContent);

describe('learned-correction files', () => {
  it('counts the corrections per step, in the order of the procedure', () => {
    expect(countsByStep(stored)).toEqual([
      { stepId: 'connect.pick-company', count: 1 },
      { stepId: 'grant.niss', count: 2 },
    ]);
  });

  it('refuses what is not a JSON learned set, saying so', () => {
    expect(parseLearnedFile('{ nope')).toEqual({
      ok: false,
      problems: [{ path: '', problem: { key: 'options_import_not_json' } }],
    });
    expect(parseLearnedFile('[]')).toEqual({
      ok: false,
      problems: [{ path: '', problem: { key: 'options_learned_not_set' } }],
    });
  });
});

describe('options: learned corrections', () => {
  it('shows how many corrections each step has, and says when there are none', async () => {
    await renderOptions({ learned: stored });
    expect(screen.getByTestId('learned-count').textContent).toBe('Corrections enregistrées : 3');
    expect(rows()).toEqual(['connect.pick-company1', 'grant.niss2']);
    cleanup();
    await renderOptions();
    expect(screen.getByTestId('learned-count').textContent).toBe('Aucune correction enregistrée.');
    expect(screen.queryByTestId('learned-steps')).toBeNull();
    expect(screen.getByRole('button', { name: 'Oublier toutes les corrections…' }).matches(':disabled')).toBe(
      true,
    );
  });

  it('exports the stored set as a file that the import accepts', async () => {
    await renderOptions({ learned: stored });
    const link = await screen.findByRole('link', { name: 'Exporter les corrections (JSON)' });
    expect(link.getAttribute('download')).toBe('onss-guide-learned.json');
    const text = decodeURIComponent((link.getAttribute('href') ?? '').replace(/^data:[^,]*,/, ''));
    expect(JSON.parse(text)).toEqual(stored);
    expect(screen.getByTestId('learned-export-text').querySelector('pre')?.textContent).toBe(text);
    expect(parseLearnedFile(text)).toEqual({ ok: true, value: stored, masked: 0, leftOut: 0 });
  });

  it('imports a good file, merged with the stored corrections', async () => {
    const taughtAgain: Fingerprint = { ...next, words: ['next', 'button'], learnedAt: 3 };
    const api = await renderOptions({ learned: { version: 1, fingerprints: [niss, next] } });
    importLearned(JSON.stringify({ version: 1, fingerprints: [taughtAgain, company] }));
    // First what it would change, nothing merged before the confirmation.
    const preview = await screen.findByTestId('learned-confirm');
    expect(within(preview).getByTestId('preview-added').textContent).toBe(
      'connect.pick-company «\u00a0…\u00a0» (link)',
    );
    expect(within(preview).getByTestId('preview-changed').textContent).toBe(
      'grant.niss «\u00a0Suivant\u00a0» (button)',
    );
    expect(api.calls.filter((call) => call.method === 'importLearned')).toEqual([]);
    fireEvent.click(within(preview).getByRole('button', { name: "Confirmer l'import" }));
    await waitFor(() =>
      expect(outcome()).toBe('Corrections importées : 2, ajoutées à celles déjà enregistrées.'),
    );
    // The element taught again replaces its older copy; the new one is added.
    expect(api.learned.fingerprints).toEqual([niss, taughtAgain, company]);
    expect(screen.getByTestId('learned-count').textContent).toBe('Corrections enregistrées : 3');
    expect(rows()).toEqual(['connect.pick-company1', 'grant.niss2']);
  });

  it('refuses a bad file, one line per problem with its JSON path, and changes nothing', async () => {
    const api = await renderOptions({ learned: stored });
    importLearned(
      JSON.stringify({
        version: 2,
        fingerprints: [niss, { ...company, stepId: 'grant.unknown' }, { ...next, name: undefined }],
      }),
    );
    await waitFor(() =>
      expect(outcome()).toContain('Fichier refusé, les corrections enregistrées sont conservées.'),
    );
    const lines = within(screen.getByTestId('learned-outcome'))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(lines).toEqual([
      'version valeur inconnue.',
      expect.stringMatching(/^fingerprints\[1\]\.stepId /),
      expect.stringMatching(/^fingerprints\[2\]\.name champ manquant\.$/),
    ]);
    expect(api.calls).toEqual([]);
    expect(api.learned).toEqual(stored);
    expect(screen.getByTestId('learned-count').textContent).toBe('Corrections enregistrées : 3');
  });

  it('forgets every correction only once confirmed', async () => {
    const api = await renderOptions({ learned: stored });
    const forget = screen.getByRole('button', { name: 'Oublier toutes les corrections…' });
    fireEvent.click(forget);
    const cancel = screen.getByRole('button', { name: 'Annuler' });
    expect(document.activeElement).toBe(cancel);
    const question = /^Oublier les 3 corrections enregistrées\s\?/;
    expect(screen.getByRole('group', { name: question })).toBeTruthy();
    fireEvent.click(cancel);
    expect(screen.queryByRole('group', { name: question })).toBeNull();
    expect(document.activeElement).toBe(forget);
    expect(api.calls).toEqual([]);

    fireEvent.click(forget);
    fireEvent.click(screen.getByRole('button', { name: 'Oui, tout oublier' }));
    await waitFor(() => expect(outcome()).toBe('Toutes les corrections ont été oubliées.'));
    expect(api.calls).toEqual([{ method: 'clearLearned', args: [] }]);
    expect(api.learned.fingerprints).toEqual([]);
    expect(screen.getByTestId('learned-count').textContent).toBe('Aucune correction enregistrée.');
  });

  it('follows corrections taught while the page is open', async () => {
    const api = await renderOptions();
    await api.importLearned(stored);
    api.externalChange((state) => state);
    await waitFor(() =>
      expect(screen.getByTestId('learned-count').textContent).toBe('Corrections enregistrées : 3'),
    );
  });

  it('cancels an import: nothing is merged, and it says so', async () => {
    const api = await renderOptions({ learned: stored });
    importLearned(JSON.stringify({ version: 1, fingerprints: [{ ...next, name: 'Continuer' }] }));
    const preview = await screen.findByTestId('learned-confirm');
    fireEvent.click(within(preview).getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByTestId('learned-confirm')).toBeNull();
    expect(outcome()).toBe("Import annulé\u00a0: rien n'a changé.");
    expect(api.calls).toEqual([]);
    expect(api.learned).toEqual(stored);
  });

  it('refuses a set that would not fit beside the stored ones, with the reason, and evicts nothing', async () => {
    const full = Array.from({ length: 499 }, (_, i) => ({ ...next, name: `Suivant ${i}` }));
    const api = await renderOptions({ learned: { version: 1, fingerprints: full } });
    importLearned(JSON.stringify({ version: 1, fingerprints: [niss, company] }));
    await waitFor(() =>
      expect(outcome()).toBe(
        "Fichier refusé\u00a0: 499 corrections enregistrées et 2 nouvelles dépasseraient la limite (500). Un import n'efface jamais les corrections enregistrées\u00a0: oubliez-en d'abord ou importez un fichier plus petit.",
      ),
    );
    expect(screen.queryByTestId('learned-confirm')).toBeNull();
    expect(api.calls).toEqual([]);
    expect(api.learned.fingerprints).toEqual(full);
  });

  it('masks a hostile file as teach mode masks what it learns: the preview shows it masked, that is what is stored', async () => {
    const api = await renderOptions();
    const hostile: Fingerprint[] = [
      // A company's row carrying its name and enterprise number.
      { ...company, name: 'Boulangerie Dupont SRL 0123.456.749' },
      // A button whose caption carries a person's name and NISS; words and context with digits and free text.
      {
        ...next,
        name: 'Ajouter Jean Dupont 85073003328',
        words: ['next', 'user85073003328'],
        context: 'Utilisateurs de Boulangerie Dupont gestion des accès',
        position: { rank: 2, containerWords: ['row0123456749', 'users'] },
      },
      // Nothing of its caption is left once masked: not imported.
      { ...next, stepId: 'grant.save', name: 'Jean Dupont' },
    ];
    importLearned(JSON.stringify({ version: 1, fingerprints: hostile }));
    const preview = await screen.findByTestId('learned-confirm');
    expect(within(preview).getByTestId('preview-added').textContent).toBe(
      'connect.pick-company «\u00a0… ####.###.###\u00a0» (link)grant.niss «\u00a0Ajouter ###########\u00a0» (button)',
    );
    expect(within(preview).getByTestId('preview-masked').textContent).toMatch(/\u00a0: 2$/);
    expect(within(preview).getByTestId('preview-left-out').textContent).toMatch(/\u00a0: 1$/);
    fireEvent.click(within(preview).getByRole('button', { name: "Confirmer l'import" }));
    await waitFor(() => expect(api.learned.fingerprints).toHaveLength(2));
    const text = JSON.stringify(api.learned);
    expect(text).not.toMatch(/\d{3}|Dupont|Boulangerie|Jean/);
    expect(api.learned.fingerprints[1]).toEqual({
      ...next,
      name: 'Ajouter ###########',
      words: ['next'],
      context: 'utilisateurs de gestion des acces',
      position: { rank: 2, containerWords: ['users'] },
    });
  });

  it("says the background's refusal in the page's language when a correction taught since the preview fills the set", async () => {
    const full = Array.from({ length: 499 }, (_, i) => ({ ...next, name: `Suivant ${i}` }));
    const api = mockApi({
      state: { ...defaultState(), settings: { ...defaultState().settings, uiLocale: 'nl' } },
      learned: { version: 1, fingerprints: full },
    });
    render(<Options api={api} />);
    await screen.findByTestId('learned-count');
    fireEvent.change(screen.getByLabelText('Correcties importeren (JSON-bestand)'), {
      target: { files: [jsonFile(JSON.stringify({ version: 1, fingerprints: [niss] }))] },
    });
    const preview = await screen.findByTestId('learned-confirm');
    // Teach mode on a portal tab stores the 500th correction while the preview is open.
    api.externalLearned((list) => [...list, { ...next, name: 'Verder' }]);
    fireEvent.click(within(preview).getByRole('button', { name: 'Import bevestigen' }));
    await waitFor(() =>
      expect(outcome()).toBe(
        'Bestand geweigerd: 500 opgeslagen correcties en 1 nieuwe zouden de limiet van 500 overschrijden. Een import wist nooit opgeslagen correcties: vergeet er eerst enkele of importeer een kleiner bestand.',
      ),
    );
    expect(api.learned.fingerprints).toHaveLength(500);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says that corrections deployed by the firm win for their steps, and how many local ones they replace', async () => {
    await renderOptions({
      learned: stored,
      managedLearned: { version: 1, fingerprints: [{ ...niss, name: 'Numéro national' }] },
    });
    const note = await screen.findByTestId('learned-managed');
    expect(note.textContent).toContain(
      'Corrections déployées par votre secrétariat (configuration gérée)\u00a0: 1.',
    );
    expect(
      within(note)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['grant.niss']);
    expect(note.textContent).toContain('Corrections locales remplacées\u00a0: 2');
    expect(screen.queryByTestId('learned-managed-invalid')).toBeNull();
  });

  it('says why a policy value of the wrong shape is ignored, and shows no managed corrections', async () => {
    await renderOptions({ learned: stored, managedLearned: { version: 1, fingerprints: 'all of them' } });
    const alert = await screen.findByTestId('learned-managed-invalid');
    expect(alert.textContent).toContain('ne sont pas valables');
    expect(alert.textContent).toContain('fingerprints');
    expect(screen.queryByTestId('learned-managed')).toBeNull();
  });
});
