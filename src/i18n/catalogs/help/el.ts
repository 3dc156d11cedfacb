import type { Messages } from '../../catalog-types.ts';
import type { en } from './en.ts';

export const el: Messages<typeof en> = {
  subcommands: {
    help: { usage: 'help', example: 'help', what: 'Αυτή η βοήθεια.' },
    new: {
      usage: 'new [όνομα]',
      example: 'new Αγοραστές online',
      what: 'Νέος χάρτης ταξιδιού πελάτη: στόχος, περσόνα, στάδια, συνεργάτες.',
    },
    list: { usage: 'list', example: 'list', what: 'Οι χάρτες αυτού του χώρου εργασίας.' },
    show: {
      usage: 'show [χάρτης]',
      example: 'show Αγοραστές online',
      what: 'Ο χάρτης σε εικόνα, μέσα στο νήμα του.',
    },
    interview: {
      usage: 'interview [χάρτης]',
      example: 'interview',
      what: 'Η καθοδηγούμενη συνέντευξη για την ομάδα σας, σε προσωπικό μήνυμα.',
    },
    summary: {
      usage: 'summary [χάρτης] [στάδιο]',
      example: 'summary Αγοραστές online Αγορά',
      what: 'Σύνοψη ενός σταδίου (ή όλων) με προτεινόμενες βελτιώσεις.',
    },
    digest: {
      usage: 'digest [χάρτης]',
      example: 'digest',
      what: 'Προεπισκόπηση της εβδομαδιαίας σύνοψης (τη βλέπετε μόνο εσείς).',
    },
    export: {
      usage: 'export [χάρτης] {formats}',
      example: 'export Αγοραστές online csv',
      what: 'Σας στέλνω τον χάρτη σε αρχείο.',
    },
    language: {
      usage: 'language [χάρτης] en|el|zh-Hans|zh-Hant',
      example: 'language Αγοραστές online el',
      what: 'Αλλάζει τη γλώσσα του χάρτη (μόνο ο κάτοχός του).',
    },
    archive: { usage: 'archive [χάρτης]', example: 'archive Παλιό πιλοτικό', what: 'Αρχειοθέτηση ενός χάρτη σας.' },
    reopen: {
      usage: 'reopen [χάρτης]',
      example: 'reopen Παλιό πιλοτικό',
      what: 'Επαναφορά ενός αρχειοθετημένου χάρτη (μόνο ο κάτοχός του).',
    },
  },
  product: '{product}',
  line: '`{command} {usage}`  {what}\n      _π.χ._ `{command} {example}`',
  intro:
    'Το *{product}* χαρτογραφεί πώς κινούνται οι πελάτες σας, από την πρώτη φορά που ακούν για εσάς μέχρι να σας προτείνουν, με τη γνώση κάθε ομάδας, εδώ στο Slack.',
  opening: 'Να τι μπορώ να κάνω:',
  unknownOpening: 'Δεν ξέρω ακόμα το `{word}`. Να τι μπορώ να κάνω:',
  fallback: 'Βοήθεια {product}: γράψτε {command} new για νέο χάρτη.',
  unknownFallback: 'Άγνωστη εντολή «{word}». Βοήθεια {product}: γράψτε {command} new για νέο χάρτη.',
  footer:
    'Το `[χάρτης]` είναι όνομα ή id χάρτη· στο κανάλι του χάρτη μπορείτε να το παραλείψετε. Όλοι μπορούν να προσθέσουν σημεία επαφής και εμπόδια απαντώντας στο νήμα του χάρτη, π.χ. `σημείο επαφής: webinar τιμών @θεώρηση`.',
  unreadable: 'Συγγνώμη, δεν κατάλαβα την εντολή. Δοκιμάστε ξανά.',
};
