import type { Messages } from '../../catalog-types.ts';
import type { en } from './en.ts';

export const el: Messages<typeof en> = {
  listSeparator: ', ',
  departments: {
    marketing: 'Μάρκετινγκ',
    sales: 'Πωλήσεις',
    support: 'Υποστήριξη',
    product: 'Προϊόν',
    finance: 'Οικονομικά',
    operations: 'Λειτουργίες',
    hr: 'Ανθρώπινο δυναμικό',
    other: 'Άλλο',
  },
  mapTypes: {
    current_state: 'Τρέχουσα κατάσταση',
    future_state: 'Μελλοντική κατάσταση',
    day_in_the_life: 'Μια μέρα στη ζωή',
    service_blueprint: 'Σχέδιο υπηρεσίας',
  },
  feelings: {
    score1: 'Πολύ αρνητικά',
    score2: 'Αρνητικά',
    score3: 'Ουδέτερα',
    score4: 'Θετικά',
    score5: 'Πολύ θετικά',
  },
  weekdays: {
    day1: 'Δευτέρα',
    day2: 'Τρίτη',
    day3: 'Τετάρτη',
    day4: 'Πέμπτη',
    day5: 'Παρασκευή',
    day6: 'Σάββατο',
    day7: 'Κυριακή',
  },
  defaultStages: {
    awareness: 'Συνείδηση',
    consideration: 'Θεώρηση',
    decision: 'Αγορά',
    retention: 'Κράτηση',
    advocacy: 'Συνηγορία',
  },
  kindTitles: {
    goal: 'Στόχοι πελάτη',
    action: 'Ενέργειες',
    thought: 'Σκέψεις',
    feeling: 'Συναισθήματα',
    touchpoint: 'Σημεία επαφής',
    obstacle: 'Εμπόδια',
    idea: 'Ιδέες',
    kpi: 'KPI',
  },
  errors: {
    oneMoment:
      '⏳ Μια στιγμή: ζητήσατε αρκετές εικόνες, συνόψεις ή εξαγωγές το τελευταίο λεπτό. Δοκιμάστε ξανά σε {seconds, plural, one {# δευτερόλεπτο} other {# δευτερόλεπτα}}.',
    storeDown:
      'Δεν μπορώ να φτάσω στην αποθήκευσή μου αυτή τη στιγμή, οπότε δεν άλλαξε τίποτα. Δοκιμάστε ξανά σε ένα λεπτό.',
    storeUnreachable: 'Δεν μπορώ να συνδεθώ με τον χώρο αποθήκευσής μου αυτή τη στιγμή. Δοκιμάστε ξανά σε ένα λεπτό.',
    unexpected: 'Κάτι πήγε στραβά από τη μεριά μου και δεν άλλαξε τίποτα. Δοκιμάστε ξανά σε ένα λεπτό.',
    mapNotFound:
      'Δεν βρήκα χάρτη με το όνομα «{query}». Γράψτε `{command} list` για να δείτε τους χάρτες αυτού του χώρου εργασίας.',
    noMapHere:
      'Αυτό το κανάλι δεν έχει χάρτη. Πείτε μου ποιον εννοείτε (το `{command} list` τους δείχνει) ή φτιάξτε έναν με `{command} new`.',
    mapGone: 'Αυτός ο χάρτης δεν υπάρχει πια. Το `{command} list` δείχνει τους χάρτες όπου μπορείτε να απαντήσετε.',
  },
  moreThanFits: '_Δεν χωράνε όλα σε ένα μήνυμα: τα υπόλοιπα θα τα βρείτε στην εξαγωγή._',
};
