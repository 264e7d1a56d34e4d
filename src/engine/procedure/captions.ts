// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────
// EVERY TEXT THE GUIDE LOOKS FOR ON THE PORTAL, IN ONE PLACE.
//
// How to fix a caption: find the step (or the page, the right, the message) below, and add the wording the site
// really shows to the list of its language. Keep the old wordings: the portal changes captions over time and
// some clients still see the old ones. Case, accents, apostrophes and punctuation do not matter
// (« S’ENREGISTRER » matches "s'enregistrer"). Each caption is compared with the WHOLE text of the element, so
// write the full caption, not a fragment ("Ajouter un utilisateur", not "Ajouter").
//
// fr = French, nl = Dutch, de = German, en = English. Nothing here is code; index.ts checks it when loaded.
// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────

import type { StepId } from '../../shared/steps.ts';
import type { LocaleTexts } from './schema.ts';

/**
 * What each step's target is called: a button or link caption, or the label of a field. Keyed by step id;
 * « step:detail » when a step has more than one thing to find (e.g. a field, then a confirm button).
 */
export const TARGET_CAPTIONS = {
  // The « S'enregistrer » link on the employer information page (first visit only).
  'register.start': {
    fr: ["S'enregistrer", "S'enregistrer comme employeur", "S'inscrire", 'Enregistrement', 'Inscription'],
    nl: ['Registreren', 'Zich registreren', 'Registreer', 'Inschrijven', 'Registratie'],
    de: ['Registrieren', 'Sich registrieren', 'Registrierung'],
    en: ['Register', 'Sign up', 'Registration'],
  },
  // The field for the company's enterprise (BCE/KBO) or VAT number on the registration form.
  'register.enterprise-number': {
    fr: [
      "Numéro d'entreprise",
      'Numéro de TVA',
      'Numéro BCE',
      "Numéro d'entreprise ou de TVA",
      'Numéro de TVA ou d’entreprise',
      "Numéro d'entreprise (BCE)",
    ],
    nl: ['Ondernemingsnummer', 'BTW-nummer', 'KBO-nummer', 'Ondernemingsnummer of btw-nummer'],
    de: [
      'Unternehmensnummer',
      'MwSt-Nummer',
      'Mehrwertsteuernummer',
      'ZDU-Nummer',
      'Unternehmensnummer oder MwSt-Nummer',
    ],
    en: ['Enterprise number', 'VAT number', 'Company number'],
  },
  // The e-mail field of the contact form at the end of the registration.
  'register.contact': {
    fr: ['Adresse e-mail', 'E-mail', 'Courriel', 'Adresse électronique', 'Adresse courriel'],
    nl: ['E-mailadres', 'E-mail', 'Mailadres'],
    de: ['E-Mail-Adresse', 'E-Mail'],
    en: ['E-mail address', 'Email address', 'E-mail', 'Email'],
  },
  // The contact details are shown once more: the button that confirms them.
  'register.contact:confirm': {
    fr: ['Confirmer', "Confirmer l'enregistrement", 'Je confirme'],
    nl: ['Bevestigen', 'Registratie bevestigen', 'Ik bevestig'],
    de: ['Bestätigen', 'Registrierung bestätigen', 'Ich bestätige'],
    en: ['Confirm', 'Confirm the registration', 'I confirm'],
  },
  // After the registration: the way back to the portal's main page.
  'register.done': {
    fr: [
      "Retour à la page d'accueil",
      'Retour à la page principale',
      "Retour à l'accueil",
      'Retour au portail',
    ],
    nl: [
      'Terug naar de startpagina',
      'Terug naar de hoofdpagina',
      'Terug naar de homepage',
      'Terug naar het portaal',
    ],
    de: ['Zurück zur Startseite', 'Zurück zur Hauptseite', 'Zurück zum Portal'],
    en: ['Back to the home page', 'Back to the main page', 'Back to the portal'],
  },
  // The log-in entry on the employer information page.
  'connect.start': {
    fr: ['Se connecter', 'Connexion', "S'identifier", 'Se connecter aux services en ligne', 'Login'],
    nl: [
      'Aanmelden',
      'Zich aanmelden',
      'Aanmelding',
      'Inloggen',
      'Meld u aan',
      'Aanmelden bij de online diensten',
      'Login',
    ],
    de: ['Anmelden', 'Einloggen', 'Anmeldung', 'Login'],
    en: ['Log in', 'Login', 'Sign in'],
  },
  // The federal login (CSAM): the ways to log in. The guide frames the whole choice: eID or itsme on the left,
  // security code or username + password on the right. At least two of these must be found.
  'connect.method:options': {
    fr: [
      'Se connecter avec le lecteur de carte eID',
      "S'identifier avec le lecteur de carte eID",
      'Se connecter avec eID',
      "Carte d'identité électronique",
      'Se connecter via itsme',
      "S'identifier via itsme",
      'itsme',
      'Se connecter avec un code de sécurité via une application mobile',
      "S'identifier avec un code de sécurité via une application mobile",
      'Se connecter avec un code de sécurité envoyé par e-mail',
      "S'identifier avec un code de sécurité envoyé par e-mail",
      "Nom d'utilisateur",
      'eID',
      'MyGov.be',
      "S'identifier avec une identification électronique reconnue au plan européen",
    ],
    nl: [
      'Aanmelden met eID-kaartlezer',
      'Aanmelden met eID',
      'Elektronische identiteitskaart',
      'Aanmelden via itsme',
      'itsme',
      'Aanmelden met beveiligingscode via mobiele app',
      'Aanmelden met beveiligingscode via e-mail',
      'Gebruikersnaam',
      'eID',
      'MyGov.be',
      'Aanmelden met Europees erkend inlogmiddel',
    ],
    de: [
      'Anmelden mit eID-Kartenleser',
      'Anmelden mit eID',
      'Elektronischer Personalausweis',
      'Anmelden über itsme',
      'itsme',
      'Anmelden mit Sicherheitscode über mobile App',
      'Anmelden mit Sicherheitscode per E-Mail',
      'Benutzername',
      'eID',
      'MyGov.be',
      'Anmelden mit einem europäisch anerkannten Identifizierungsmittel',
    ],
    en: [
      'Log in with eID card reader',
      'Log in with eID',
      'Log in via itsme',
      'itsme',
      'Log in with a security code via a mobile app',
      'Log in with a security code sent by e-mail',
      'Username',
      'eID',
      'MyGov.be',
      'Log in with a European recognised electronic identification',
    ],
  },
  // The federal login, once a way is chosen: the button that starts it.
  'connect.method:sign-in': {
    fr: ['Se connecter', "S'identifier", 'Connexion', 'Continuer'],
    nl: ['Aanmelden', 'Inloggen', 'Doorgaan'],
    de: ['Anmelden', 'Einloggen', 'Weiter'],
    en: ['Log in', 'Sign in', 'Continue'],
  },
  // In the logged-in header: the way back to the company choice (a « utilisateur » role must pick another).
  'connect.pick-company:change': {
    fr: ["Changer d'entreprise", 'Changer de société', 'Choisir une autre entreprise', "Changer d'employeur"],
    nl: ['Andere onderneming kiezen', 'Onderneming wijzigen', 'Van onderneming veranderen'],
    de: ['Unternehmen wechseln', 'Anderes Unternehmen wählen', 'Unternehmen ändern'],
    en: ['Change company', 'Switch company', 'Choose another company'],
  },
  // On the logged-in home page: the link to the list of all online services.
  'connect.all-services': {
    fr: ['Vers tous les services en ligne', 'Tous les services en ligne', 'Voir tous les services en ligne'],
    nl: ['Naar alle online diensten', 'Alle online diensten', 'Bekijk alle online diensten'],
    de: ['Zu allen Online-Diensten', 'Alle Online-Dienste', 'Alle Onlinedienste'],
    en: ['To all online services', 'All online services', 'See all online services'],
  },
  // The access-management service, in the left column of the services list (« le 7ème service »).
  'grant.access-management': {
    fr: ['Gestion des accès', 'Gestion des accès (UMOE)', 'Gérer les accès', 'Gestion des utilisateurs'],
    nl: ['Toegangsbeheer', 'Beheer van de toegangen', 'Toegangen beheren', 'Gebruikersbeheer'],
    de: [
      'Zugangsverwaltung',
      'Zugriffsverwaltung',
      'Verwaltung der Zugänge',
      'Zugänge verwalten',
      'Benutzerverwaltung',
    ],
    en: ['Access management', 'Manage access', 'User management'],
  },
  // In access management: the first (bold, blue) line with a quality that may grant access.
  'grant.pick-quality': {
    fr: [
      "Gestionnaire d'accès principal",
      "Gestionnaire d'accès",
      'Responsable accès entité',
      'Gestionnaire local',
      'Co-responsable accès entité',
    ],
    nl: [
      'Hoofdtoegangsbeheerder',
      'Toegangsbeheerder',
      'Verantwoordelijke toegangen entiteit',
      'Lokale beheerder',
      'Medeverantwoordelijke toegangen entiteit',
    ],
    de: [
      'Hauptzugangsverwalter',
      'Zugangsverwalter',
      'Verantwortlicher Zugänge Einheit',
      'Lokaler Verwalter',
    ],
    en: ['Main access manager', 'Access manager', 'Local manager', 'Head access manager'],
  },
  // The group (formerly « qualité ») of the company as an ONSS employer.
  'grant.employer-onss': {
    fr: ['Employeur ONSS', 'ONSS employeur', 'Employeur ONSS (ONSS)'],
    nl: ['Werkgever RSZ', 'RSZ-werkgever', 'RSZ werkgever'],
    de: ['LSS-Arbeitgeber', 'Arbeitgeber LSS', 'Arbeitgeber ONSS'],
    en: ['NSSO employer', 'Employer NSSO', 'ONSS employer', 'Employer ONSS'],
  },
  // On the users list of that group: the button that starts a new user.
  'grant.add-user': {
    fr: ['Ajouter un utilisateur', 'Ajouter utilisateur', 'Créer un utilisateur', 'Nouvel utilisateur'],
    nl: [
      'Gebruiker toevoegen',
      'Een gebruiker toevoegen',
      'Gebruiker aanmaken',
      'Gebruikers aanmaken',
      'Nieuwe gebruiker',
    ],
    de: ['Benutzer hinzufügen', 'Einen Benutzer hinzufügen', 'Benutzer anlegen', 'Neuer Benutzer'],
    en: ['Add a user', 'Add user', 'Create a user', 'New user'],
  },
  // The field where the analyst's NISS is typed (label of the field). Read by meaning first (procedure/niss-concepts.ts:
  // « … du nouvel utilisateur » and other wordings); these captions name it on the card and where a label is not read.
  'grant.niss': {
    fr: [
      'NISS',
      'Numéro NISS',
      "Numéro d'identification de la sécurité sociale",
      "NISS de l'utilisateur",
      'Numéro de registre national',
      'Numéro national',
      'Numéro de registre national ou BIS',
    ],
    nl: [
      'INSZ',
      'INSZ-nummer',
      'Identificatienummer van de sociale zekerheid',
      'INSZ van de gebruiker',
      'Rijksregisternummer',
      'Rijksregister- of BIS-nummer',
    ],
    de: [
      'ENSS',
      'ENSS-Nummer',
      'Erkennungsnummer der sozialen Sicherheit',
      'ENSS des Benutzers',
      'Nationalregisternummer',
    ],
    en: ['NISS', 'SSIN', 'Social security identification number', 'National register number', 'INSZ'],
  },
  // The KBO/BCE page of the company: the rubric that lists the legal representatives.
  'register.not-legal-representative:functions': {
    fr: ['Fonctions'],
    nl: ['Functies'],
    de: ['Funktionen'],
    en: ['Functions'],
  },
  // Bottom of the rights page: save (the client clicks it; the guide never does).
  'grant.save': {
    fr: ['Enregistrer', 'Sauvegarder', 'Enregistrer les modifications', 'Enregistrer les droits'],
    nl: ['Opslaan', 'Bewaren', 'Wijzigingen opslaan', 'Rechten opslaan'],
    de: ['Speichern', 'Änderungen speichern', 'Rechte speichern'],
    en: ['Save', 'Save changes', 'Save rights'],
  },
  // The confirmation page: confirm (the client clicks it).
  'grant.confirm': {
    fr: ['Confirmer', 'Je confirme', 'Valider', 'Confirmer et enregistrer'],
    nl: ['Bevestigen', 'Ik bevestig', 'Bevestig'],
    de: ['Bestätigen', 'Ich bestätige'],
    en: ['Confirm', 'I confirm'],
  },
} satisfies Record<string, LocaleTexts>;

/** Texts near a target that make a candidate more likely (its section, its row). Optional per step. */
export const TARGET_CONTEXT = {
  'grant.access-management': {
    fr: ['Services en ligne', 'Tous les services', 'Gestion'],
    nl: ['Online diensten', 'Alle diensten', 'Beheer'],
    de: ['Online-Dienste', 'Alle Dienste', 'Verwaltung'],
    en: ['Online services', 'All services', 'Management'],
  },
  'grant.niss': {
    fr: ['Nouvel utilisateur', 'Ajouter un utilisateur', 'Identification'],
    nl: ['Nieuwe gebruiker', 'Gebruiker toevoegen', 'Identificatie'],
    de: ['Neuer Benutzer', 'Benutzer hinzufügen', 'Identifizierung'],
    en: ['New user', 'Add a user', 'Identification'],
  },
  'grant.employer-onss': {
    fr: ['Groupes', 'Qualités', 'Groupe', 'Qualité'],
    nl: ['Groepen', 'Hoedanigheden', 'Groep', 'Hoedanigheid'],
    de: ['Gruppen', 'Eigenschaften', 'Gruppe', 'Eigenschaft'],
    en: ['Groups', 'Capacities', 'Group', 'Capacity'],
  },
} satisfies Partial<Record<StepId, LocaleTexts>>;

/**
 * How each page is recognised. `headings`: titles that name the page (strong evidence). `phrases`: other texts the
 * page shows. `excludes`: texts that prove it is another page.
 */
export const PAGE_TEXTS = {
  'employer-info': {
    headings: {
      fr: ['Employeurs', 'Informations pour les employeurs', 'Employeur'],
      nl: ['Werkgevers', 'Informatie voor werkgevers', 'Werkgever'],
      de: ['Arbeitgeber', 'Informationen für Arbeitgeber'],
      en: ['Employers', 'Information for employers', 'Employer'],
    },
    phrases: {
      fr: ["S'enregistrer", 'Se connecter', 'Première visite', 'Accès aux services en ligne'],
      nl: ['Registreren', 'Aanmelden', 'Eerste bezoek', 'Toegang tot de onlinediensten'],
      de: ['Registrieren', 'Anmelden', 'Erster Besuch', 'Zugang zu den Online-Diensten'],
      en: ['Register', 'Log in', 'First visit', 'Access to the online services'],
    },
  },
  'register-number': {
    headings: {
      fr: ['Enregistrement', "S'enregistrer", 'Inscription', "Enregistrement de l'entreprise"],
      nl: ['Registratie', 'Registreren', 'Inschrijving', 'Registratie van de onderneming'],
      de: ['Registrierung', 'Registrieren', 'Registrierung des Unternehmens'],
      en: ['Registration', 'Register', 'Company registration'],
    },
    phrases: {
      fr: ["Numéro d'entreprise", 'Numéro de TVA', 'BCE', 'OK'],
      nl: ['Ondernemingsnummer', 'BTW-nummer', 'KBO', 'OK'],
      de: ['Unternehmensnummer', 'MwSt-Nummer', 'ZDU'],
      en: ['Enterprise number', 'VAT number'],
    },
    excludes: {
      fr: ['pas le représentant légal', 'Adresse e-mail', 'Téléphone'],
      nl: ['niet de wettelijke vertegenwoordiger', 'E-mailadres', 'Telefoon'],
      de: ['nicht der gesetzliche Vertreter', 'E-Mail-Adresse'],
      en: ['not the legal representative', 'E-mail address'],
    },
  },
  // CSAM's public form that designates the main access manager (csam.be/app032/…): it asks the legal
  // representative's OWN national number, name and first name, and the enterprise number. Only the last is ours.
  'csam-register': {
    headings: {
      fr: [
        "Désigner un Gestionnaire d'Accès Principal",
        "Désigner ou remplacer le Gestionnaire d'Accès Principal",
        "Gestionnaire d'Accès Principal",
      ],
      nl: [
        'Een Hoofdtoegangsbeheerder aanstellen',
        'Hoofdtoegangsbeheerder aanstellen of vervangen',
        'Hoofdtoegangsbeheerder',
      ],
      de: [
        'Einen Hauptzugangsverwalter bestellen',
        'Hauptzugangsverwalter bestellen oder ersetzen',
        'Hauptzugangsverwalter',
      ],
      en: ['Designate a Main Access Manager', 'Main Access Manager'],
    },
    phrases: {
      fr: [
        'numéro de registre national',
        "numéro d'entreprise",
        'représentant légal',
        'fonction légale',
        'CSAM',
      ],
      nl: [
        'rijksregisternummer',
        'ondernemingsnummer',
        'wettelijk vertegenwoordiger',
        'wettelijke functie',
        'CSAM',
      ],
      de: [
        'Nationalregisternummer',
        'Unternehmensnummer',
        'gesetzlicher Vertreter',
        'gesetzliche Funktion',
        'CSAM',
      ],
      en: ['national register number', 'enterprise number', 'legal representative', 'CSAM'],
    },
  },
  'register-refused': {
    headings: {
      fr: ['Enregistrement refusé', 'Enregistrement impossible'],
      nl: ['Registratie geweigerd', 'Registratie onmogelijk', 'Registratie niet mogelijk'],
      de: ['Registrierung abgelehnt', 'Registrierung nicht möglich'],
      en: ['Registration refused', 'Registration impossible'],
    },
    phrases: {
      fr: ['représentant légal', 'Banque-Carrefour des Entreprises', 'BCE'],
      nl: ['wettelijke vertegenwoordiger', 'Kruispuntbank van Ondernemingen', 'KBO'],
      de: ['gesetzliche Vertreter', 'Zentrale Datenbank der Unternehmen', 'ZDU'],
      en: ['legal representative', 'Crossroads Bank for Enterprises'],
    },
  },
  'register-contact': {
    headings: {
      fr: ['Coordonnées', 'Données de contact', 'Vos coordonnées'],
      nl: ['Contactgegevens', 'Uw contactgegevens', 'Gegevens'],
      de: ['Kontaktdaten', 'Ihre Kontaktdaten'],
      en: ['Contact details', 'Your contact details'],
    },
    phrases: {
      fr: ['Adresse e-mail', 'Téléphone', 'Numéro de téléphone', 'Valider', 'Confirmer'],
      nl: ['E-mailadres', 'Telefoon', 'Telefoonnummer', 'Valideren', 'Bevestigen'],
      de: ['E-Mail-Adresse', 'Telefon', 'Telefonnummer', 'Bestätigen'],
      en: ['E-mail address', 'Telephone', 'Phone number', 'Confirm'],
    },
  },
  'register-contact-confirm': {
    headings: {
      fr: ['Confirmez vos coordonnées', 'Confirmation de vos coordonnées', 'Vérifiez vos coordonnées'],
      nl: ['Bevestig uw gegevens', 'Bevestiging van uw gegevens', 'Controleer uw gegevens'],
      de: ['Bestätigen Sie Ihre Daten', 'Bestätigung Ihrer Daten', 'Prüfen Sie Ihre Daten'],
      en: ['Confirm your details', 'Check your details'],
    },
    phrases: {
      fr: ['Adresse e-mail', 'Téléphone', 'Numéro de téléphone', 'Confirmer', 'Modifier'],
      nl: ['E-mailadres', 'Telefoon', 'Telefoonnummer', 'Bevestigen', 'Wijzigen'],
      de: ['E-Mail-Adresse', 'Telefon', 'Telefonnummer', 'Bestätigen', 'Ändern'],
      en: ['E-mail address', 'Telephone', 'Phone number', 'Confirm', 'Change'],
    },
  },
  'register-done': {
    headings: {
      fr: ['Enregistrement terminé', 'Enregistrement réussi', 'Vous êtes enregistré'],
      nl: ['Registratie voltooid', 'Registratie geslaagd', 'U bent geregistreerd'],
      de: ['Registrierung abgeschlossen', 'Sie sind registriert'],
      en: ['Registration complete', 'You are registered'],
    },
    phrases: {
      fr: ['e-mail de confirmation', 'a bien été enregistré', 'enregistrement est terminé'],
      nl: ['bevestigingsmail', 'is geregistreerd', 'registratie is voltooid'],
      de: ['Bestätigungs-E-Mail', 'wurde registriert', 'Registrierung ist abgeschlossen'],
      en: ['confirmation e-mail', 'has been registered', 'registration is complete'],
    },
  },
  'login-choice': {
    headings: {
      fr: [
        'Choisissez votre clé numérique',
        'Connexion',
        'Se connecter',
        "S'identifier",
        'Choisissez une méthode de connexion',
      ],
      nl: ['Kies uw digitale sleutel', 'Aanmelden', 'Kies een aanmeldingsmethode'],
      de: ['Wählen Sie Ihren digitalen Schlüssel', 'Anmelden', 'Wählen Sie eine Anmeldemethode'],
      en: ['Choose your digital key', 'Log in', 'Choose a login method'],
    },
    phrases: {
      fr: [
        'itsme',
        'eID',
        "Code d'accès",
        'code de sécurité',
        "Nom d'utilisateur",
        'Mot de passe',
        'clé numérique',
        'lecteur de carte',
      ],
      nl: [
        'itsme',
        'eID',
        'Beveiligingscode',
        'Gebruikersnaam',
        'Wachtwoord',
        'digitale sleutel',
        'kaartlezer',
      ],
      de: [
        'itsme',
        'eID',
        'Sicherheitscode',
        'Benutzername',
        'Passwort',
        'digitalen Schlüssel',
        'Kartenleser',
      ],
      en: ['itsme', 'eID', 'Security code', 'Username', 'Password', 'digital key', 'card reader'],
    },
  },
  'company-choice': {
    headings: {
      fr: [
        'Choisissez une entreprise',
        "Choix de l'entreprise",
        'Sélectionnez une entreprise',
        'Mes entreprises',
      ],
      nl: [
        'Kies een onderneming',
        'Keuze van de onderneming',
        'Selecteer een onderneming',
        'Mijn ondernemingen',
      ],
      de: ['Wählen Sie ein Unternehmen', 'Auswahl des Unternehmens', 'Meine Unternehmen'],
      en: ['Choose a company', 'Choice of company', 'Select a company', 'My companies'],
    },
    phrases: {
      fr: ['Qualité', "Numéro d'entreprise", 'Entreprise', 'Utilisateur', 'Gestionnaire'],
      nl: ['Hoedanigheid', 'Ondernemingsnummer', 'Onderneming', 'Gebruiker', 'Beheerder'],
      de: ['Eigenschaft', 'Unternehmensnummer', 'Unternehmen', 'Benutzer', 'Verwalter'],
      en: ['Capacity', 'Enterprise number', 'Company', 'User', 'Manager'],
    },
  },
  home: {
    headings: {
      fr: ['Bienvenue', 'Mes services en ligne', 'Accueil'],
      nl: ['Welkom', 'Mijn online diensten', 'Startpagina'],
      de: ['Willkommen', 'Meine Online-Dienste', 'Startseite'],
      en: ['Welcome', 'My online services', 'Home'],
    },
    phrases: {
      fr: ['Vers tous les services en ligne', 'Tous les services en ligne', 'Vos services favoris'],
      nl: ['Naar alle online diensten', 'Alle online diensten', 'Uw favoriete diensten'],
      de: ['Zu allen Online-Diensten', 'Alle Online-Dienste', 'Ihre bevorzugten Dienste'],
      en: ['To all online services', 'All online services', 'Your favourite services'],
    },
  },
  services: {
    headings: {
      fr: ['Services en ligne', 'Tous les services en ligne', 'Liste des services'],
      nl: ['Online diensten', 'Alle online diensten', 'Lijst van de diensten'],
      de: ['Online-Dienste', 'Alle Online-Dienste', 'Liste der Dienste'],
      en: ['Online services', 'All online services', 'List of services'],
    },
    phrases: {
      fr: ['Choisissez un service', 'colonne de gauche', 'Tous les services'],
      nl: ['Kies een dienst', 'linkerkolom', 'Alle diensten'],
      de: ['Wählen Sie einen Dienst', 'linken Spalte', 'Alle Dienste'],
      en: ['Choose a service', 'left column', 'All services'],
    },
  },
  // Access management's first page. Its title (« Gestion des accès ») heads every page of the service, and the
  // qualities also show in the logged-in header: neither tells this page apart.
  'am-quality': {
    headings: {
      fr: ['Choisissez une qualité', 'Vos qualités', 'Vos rôles', 'Choisissez un rôle'],
      nl: ['Kies een hoedanigheid', 'Uw hoedanigheden', 'Uw rollen', 'Kies een rol'],
      de: ['Wählen Sie eine Eigenschaft', 'Ihre Eigenschaften', 'Ihre Rollen', 'Wählen Sie eine Rolle'],
      en: ['Choose a capacity', 'Your capacities', 'Your roles', 'Choose a role'],
    },
    phrases: {
      fr: ['gérer les accès', 'Qualité', 'Rôle'],
      nl: ['toegangen wilt beheren', 'Hoedanigheid', 'Rol'],
      de: ['Zugänge verwalten', 'Eigenschaft', 'Rolle'],
      en: ['manage access', 'Capacity', 'Role'],
    },
  },
  'am-groups': {
    headings: {
      fr: ["Groupes de l'entreprise", "Qualités de l'entreprise", 'Choisissez un groupe', 'Groupes'],
      nl: ['Groepen van de onderneming', 'Hoedanigheden van de onderneming', 'Kies een groep', 'Groepen'],
      de: ['Gruppen des Unternehmens', 'Eigenschaften des Unternehmens', 'Wählen Sie eine Gruppe', 'Gruppen'],
      en: ['Groups of the company', 'Capacities of the company', 'Choose a group', 'Groups'],
    },
    phrases: {
      fr: ['Employeur ONSS', 'Groupe'],
      nl: ['Werkgever RSZ', 'RSZ-werkgever', 'Groep'],
      de: ['LSS-Arbeitgeber', 'Gruppe'],
      en: ['NSSO employer', 'Group'],
    },
  },
  'am-users': {
    headings: {
      fr: ['Utilisateurs', 'Liste des utilisateurs', 'Utilisateurs du groupe'],
      nl: ['Gebruikers', 'Lijst van de gebruikers', 'Gebruikers van de groep'],
      de: ['Benutzer', 'Liste der Benutzer', 'Benutzer der Gruppe'],
      en: ['Users', 'List of users', 'Users of the group'],
    },
    phrases: {
      fr: ['Ajouter un utilisateur', 'NISS', 'Nom'],
      nl: ['Gebruiker toevoegen', 'INSZ', 'Naam'],
      de: ['Benutzer hinzufügen', 'ENSS', 'Name'],
      en: ['Add a user', 'NISS', 'Name'],
    },
  },
  'am-niss': {
    headings: {
      fr: ['Nouvel utilisateur', 'Ajouter un utilisateur', 'Identification de l’utilisateur'],
      nl: ['Nieuwe gebruiker', 'Gebruiker toevoegen', 'Identificatie van de gebruiker'],
      de: ['Neuer Benutzer', 'Benutzer hinzufügen', 'Identifizierung des Benutzers'],
      en: ['New user', 'Add a user', 'User identification'],
    },
    phrases: {
      fr: ['NISS', 'Suivant'],
      nl: ['INSZ', 'Volgende'],
      de: ['ENSS', 'Weiter'],
      en: ['NISS', 'Next'],
    },
    // CSAM's registration form also asks a national number: the person's own, never an analyst's. (Not the
    // quality's name « Gestionnaire d'accès principal »: the logged-in header shows it on this very page.)
    excludes: {
      fr: ['représentant légal', 'fonction légale'],
      nl: ['wettelijk vertegenwoordiger', 'wettelijke functie'],
      de: ['gesetzlicher Vertreter', 'gesetzliche Funktion'],
      en: ['legal representative'],
    },
  },
  'am-rights': {
    headings: {
      fr: ['Droits', "Droits d'accès", "Droits de l'utilisateur", 'Attribuer des droits'],
      nl: ['Rechten', 'Toegangsrechten', 'Rechten van de gebruiker', 'Rechten toekennen'],
      de: ['Rechte', 'Zugangsrechte', 'Rechte des Benutzers', 'Rechte zuweisen'],
      en: ['Rights', 'Access rights', 'User rights', 'Grant rights'],
    },
    phrases: {
      fr: ['Dimona', 'DmfA', 'Enregistrer', 'Consultation'],
      nl: ['Dimona', 'DmfA', 'Opslaan', 'Raadpleging'],
      de: ['Dimona', 'DmfA', 'Speichern'],
      en: ['Dimona', 'DmfA', 'Save'],
    },
  },
  'am-confirm': {
    headings: {
      fr: ['Confirmation', 'Récapitulatif', 'Vérifiez et confirmez'],
      nl: ['Bevestiging', 'Overzicht', 'Controleer en bevestig'],
      de: ['Bestätigung', 'Zusammenfassung', 'Prüfen und bestätigen'],
      en: ['Confirmation', 'Summary', 'Check and confirm'],
    },
    phrases: {
      fr: ['Confirmer', 'Droits', 'NISS'],
      nl: ['Bevestigen', 'Rechten', 'INSZ'],
      de: ['Bestätigen', 'Rechte', 'ENSS'],
      en: ['Confirm', 'Rights', 'NISS'],
    },
  },
  'kbo-search': {
    headings: {
      fr: ["Recherche par numéro d'entreprise", 'Banque-Carrefour des Entreprises', 'Public Search'],
      nl: ['Zoeken op ondernemingsnummer', 'Kruispuntbank van Ondernemingen', 'Public Search'],
      de: ['Suche nach Unternehmensnummer', 'Zentrale Datenbank der Unternehmen', 'Public Search'],
      en: ['Search by enterprise number', 'Crossroads Bank for Enterprises', 'Public Search'],
    },
    phrases: {
      fr: ["Numéro d'entreprise", 'Rechercher'],
      nl: ['Ondernemingsnummer', 'Zoeken'],
      de: ['Unternehmensnummer', 'Suchen'],
      en: ['Enterprise number', 'Search'],
    },
  },
  'kbo-result': {
    headings: {
      fr: ["Données de l'entité", 'Banque-Carrefour des Entreprises', 'Fonctions'],
      nl: ['Gegevens van de entiteit', 'Kruispuntbank van Ondernemingen', 'Functies'],
      de: ['Daten der Einheit', 'Zentrale Datenbank der Unternehmen', 'Funktionen'],
      en: ['Entity data', 'Crossroads Bank for Enterprises', 'Functions'],
    },
    phrases: {
      fr: ['Administrateur', 'Gérant', 'Fonctions', "Numéro d'entreprise"],
      nl: ['Bestuurder', 'Zaakvoerder', 'Functies', 'Ondernemingsnummer'],
      de: ['Verwalter', 'Geschäftsführer', 'Funktionen', 'Unternehmensnummer'],
      en: ['Director', 'Manager', 'Functions', 'Enterprise number'],
    },
  },
  'session-expired': {
    headings: {
      fr: ['Votre session a expiré', 'Session expirée'],
      nl: ['Uw sessie is verlopen', 'Sessie verlopen'],
      de: ['Ihre Sitzung ist abgelaufen', 'Sitzung abgelaufen'],
      en: ['Your session has expired', 'Session expired'],
    },
    phrases: {
      fr: ['Se reconnecter', 'inactivité'],
      nl: ['Opnieuw aanmelden', 'inactiviteit'],
      de: ['Erneut anmelden', 'Inaktivität'],
      en: ['Log in again', 'inactivity'],
    },
  },
} satisfies Record<string, { headings: LocaleTexts; phrases: LocaleTexts; excludes?: LocaleTexts }>;

/** Messages the portal shows when something went wrong. Matched as whole words anywhere in the message. */
export const OUTCOME_TEXTS = {
  'not-legal-representative': {
    fr: ['pas le représentant légal', 'pas représentant légal', 'pas reconnu comme représentant légal'],
    nl: [
      'niet de wettelijke vertegenwoordiger',
      'geen wettelijke vertegenwoordiger',
      'niet als wettelijke vertegenwoordiger',
    ],
    de: [
      'nicht der gesetzliche Vertreter',
      'kein gesetzlicher Vertreter',
      'nicht als gesetzlicher Vertreter',
    ],
    en: ['not the legal representative', 'not a legal representative'],
  },
  // Also « unknown to the national register »: for the client, the number cannot be used either way.
  'invalid-niss': {
    fr: [
      'NISS invalide',
      "NISS n'est pas valide",
      'NISS incorrect',
      "numéro NISS n'est pas valable",
      'NISS non valide',
      'NISS ne figure pas au Registre national',
    ],
    nl: [
      'ongeldig INSZ',
      'INSZ is ongeldig',
      'INSZ is niet geldig',
      'ongeldig INSZ-nummer',
      'INSZ-nummer is ongeldig',
      'INSZ-nummer komt niet voor in het Rijksregister',
    ],
    de: [
      'ungültige ENSS',
      'ENSS ist ungültig',
      'ENSS ist nicht gültig',
      'ENSS-Nummer ist im Nationalregister nicht bekannt',
    ],
    en: [
      'invalid NISS',
      'NISS is invalid',
      'NISS is not valid',
      'invalid SSIN',
      'NISS is not in the National Register',
    ],
  },
  'already-exists': {
    fr: ['existe déjà', 'est déjà utilisateur', 'déjà un utilisateur', 'déjà enregistré'],
    nl: ['bestaat al', 'bestaat reeds', 'is al gebruiker', 'is reeds gebruiker', 'reeds geregistreerd'],
    de: ['existiert bereits', 'ist bereits Benutzer', 'bereits registriert'],
    en: ['already exists', 'is already a user', 'already registered'],
  },
  'session-expired': {
    fr: ['session a expiré', 'session expirée', 'session est expirée'],
    nl: ['sessie is verlopen', 'sessie verlopen'],
    de: ['Sitzung ist abgelaufen', 'Sitzung abgelaufen'],
    en: ['session has expired', 'session expired'],
  },
} satisfies Record<string, LocaleTexts>;

/** Qualities (roles) a person can hold in a company: may they grant access, or only use the services? */
export const QUALITY_TEXTS = {
  manager: {
    fr: [
      "Gestionnaire d'accès principal",
      "Gestionnaire d'accès",
      'Gestionnaire',
      'Responsable accès entité',
      'Co-responsable accès entité',
      'Responsable des accès',
      'Co-responsable des accès',
      'Gestionnaire local',
    ],
    nl: [
      'Hoofdtoegangsbeheerder',
      'Toegangsbeheerder',
      'Beheerder',
      'Verantwoordelijke toegangen entiteit',
      'Medeverantwoordelijke toegangen entiteit',
      'Lokale beheerder',
    ],
    de: [
      'Hauptzugangsverwalter',
      'Zugangsverwalter',
      'Verwalter',
      'Lokaler Verwalter',
      'Verantwortlicher Zugänge Einheit',
    ],
    en: ['Main access manager', 'Access manager', 'Manager', 'Local manager'],
  },
  user: {
    fr: ['Utilisateur'],
    nl: ['Gebruiker'],
    de: ['Benutzer'],
    en: ['User'],
  },
} satisfies Record<'manager' | 'user', LocaleTexts>;

/** Words that introduce the company in the logged-in header (« Entreprise : ACME SA – 0123.456.789 »). */
export const COMPANY_HEADER_TEXTS: LocaleTexts = {
  fr: ['Entreprise', 'Employeur', 'Société'],
  nl: ['Onderneming', 'Werkgever', 'Bedrijf'],
  de: ['Unternehmen', 'Arbeitgeber'],
  en: ['Company', 'Employer', 'Enterprise'],
};

/** Links that log the person out: their presence shows a logged-in page. */
export const LOGOUT_TEXTS: LocaleTexts = {
  fr: ['Se déconnecter', 'Déconnexion'],
  nl: ['Afmelden', 'Uitloggen'],
  de: ['Abmelden', 'Ausloggen'],
  en: ['Log out', 'Logout', 'Sign out'],
};

/** What a page says while it is still being built (a placeholder in place of its content), as its whole text. */
export const LOADING_TEXTS: LocaleTexts = {
  fr: ['Chargement…', 'Chargement en cours…', 'Veuillez patienter…', 'Chargement de la page…'],
  nl: ['Laden…', 'Bezig met laden…', 'Even geduld…', 'Pagina wordt geladen…'],
  de: ['Wird geladen…', 'Laden…', 'Bitte warten…', 'Seite wird geladen…'],
  en: ['Loading…', 'Please wait…', 'Loading the page…'],
};
