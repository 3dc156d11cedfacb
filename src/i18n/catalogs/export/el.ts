import type { Messages } from '../../catalog-types.ts';
import type { en } from './en.ts';

export const el: Messages<typeof en> = {
  counts: {
    contributions: '{count, plural, one {# συμβολή} other {# συμβολές}}',
    people: '{count, plural, one {# άτομο} other {# άτομα}}',
    scores: '{count, plural, one {# βαθμολογία} other {# βαθμολογίες}}',
  },
  departmentMean: '{department} {mean}',
  personaDescribed: '{name}: {description}',
  noScores: 'καμία βαθμολογία ακόμη',
  csv: {
    header: {
      stage: 'Στάδιο',
      kind: 'Είδος',
      text: 'Κείμενο',
      count: 'Πλήθος',
      departments: 'Τμήματα',
      contributors: 'Συμμετέχοντες',
      meanFeeling: 'Μέσο συναίσθημα',
    },
    kinds: {
      goal: 'στόχος',
      action: 'ενέργεια',
      thought: 'σκέψη',
      feeling: 'συναίσθημα',
      touchpoint: 'σημείο επαφής',
      obstacle: 'εμπόδιο',
      idea: 'ιδέα',
      kpi: 'KPI',
    },
    feelingScore: 'βαθμολογία συναισθήματος',
    scoreSeparator: ' · ',
  },
  markdown: {
    goal: '**Στόχος:** {goal}',
    goalNotSet: '**Στόχος:** _δεν έχει οριστεί_',
    persona: '**Περσόνα:** {persona}',
    mapType: '**Είδος χάρτη:** {mapType}',
    input: '**Μέχρι στιγμής:** {summary}',
    inputFrom: '{contributions} από {people}',
    inputFromDepartments: '{contributions} από {people} ({departments})',
    feeling: '**Συναίσθημα:** {feeling}',
    feelingScored: '{emoji} {mean} στα 5 ({scores})',
    feelingScoredByDepartment: '{emoji} {mean} στα 5 ({scores}: {departments})',
    meanSeparator: ' · ',
    item: '{text} ({count}×)',
    itemWithDepartments: '{text} ({count}×, {departments})',
    disagreement: '**Τα τμήματα διαφωνούν:** {lowDepartment} {lowMean} έναντι {highDepartment} {highMean}.',
    stageEmpty: '_Κανείς δεν έχει πει τίποτα ακόμη για αυτό το στάδιο._',
    noTouchpoint: '_Δεν έχει αναφερθεί ακόμη κανένα σημείο επαφής._',
    stillMissing: 'Τι λείπει ακόμη',
    departmentsNotHeard: 'Τμήματα που δεν έχουν μιλήσει ακόμη: {departments}',
    stakeholdersSilent: 'Συνεργάτες που δεν έχουν απαντήσει: {stakeholders}',
  },
  mermaid: {
    obstacle: 'Εμπόδιο - {text}',
    noInput: 'Καμία συμβολή ακόμη',
  },
  picture: {
    journeyMap: 'Χάρτης ταξιδιού πελάτη · {mapType}',
    persona: 'Περσόνα',
    goal: 'Στόχος',
    goalNotSet: 'δεν έχει οριστεί ακόμη',
    feeling: 'Συναίσθημα',
    scale: '1 έως 5',
    lowest: 'χαμηλότερο',
    meanScores: '{mean} ({scores})',
    disagreement: '{lowDepartment} {lowMean} έναντι {highDepartment} {highMean}',
    noInput: 'καμία απάντηση ακόμη',
    noneYet: 'τίποτα ακόμη',
    more: '+ {count} ακόμη',
    itemCount: '{count}×',
    itemMeta: '{count}× · {departments}',
    factSeparator: ' · ',
  },
  upload: {
    pictureTitle: '{mapName}: χάρτης ταξιδιού πελάτη',
    pictureAlt:
      'Χάρτης ταξιδιού πελάτη «{mapName}»: στάδια, σημεία επαφής, εμπόδια, ιδέες και η καμπύλη των συναισθημάτων',
    cannotPost:
      'Δεν μπορώ να γράψω ακόμη στο {channel}. Προσκαλέστε με εκεί με `/invite @{product}` και δοκιμάστε ξανά.',
    pictureFailed: 'Δεν μπόρεσα να ανεβάσω την εικόνα του *{mapName}* αυτή τη στιγμή. Δοκιμάστε ξανά σε ένα λεπτό.',
  },
  command: {
    help:
      'Γράψτε τη μορφή στο τέλος: `{command} export [χάρτης] csv|md|mermaid|json|png`, π.χ. ' +
      '`{command} export Ηλεκτρονικές αγορές csv`.\n' +
      '*csv* για υπολογιστικό φύλλο · *md* αναφορά για ανάγνωση · *mermaid* διάγραμμα του ταξιδιού · ' +
      '*json* όλα τα δεδομένα, για άλλα εργαλεία · *png* ο χάρτης σε εικόνα',
    whichFormat: 'Σε ποια μορφή τον θέλετε; {help}',
    cannotExportAs: 'Δεν μπορώ να κάνω εξαγωγή σε `{format}`. {help}',
    sending: '📬 Σας στέλνω τον χάρτη *{mapName}* σε {format} με προσωπικό μήνυμα.',
    fileTitle: '{mapName} ({format})',
    comment: 'Ορίστε ο χάρτης *{mapName}* σε {format}, όπως είναι σήμερα.',
    failed: 'Δεν μπόρεσα να στείλω το αρχείο {format} αυτή τη στιγμή. Δοκιμάστε ξανά σε ένα λεπτό.',
  },
};
