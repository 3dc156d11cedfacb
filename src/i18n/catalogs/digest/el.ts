import type { Messages } from '../../catalog-types.ts';
import type { en } from './en.ts';

export const el: Messages<typeof en> = {
  previewNote: '👀 _Προεπισκόπηση: τη βλέπετε μόνο εσείς. Δεν δημοσιεύεται τίποτα και δεν σημειώνεται ως σταλμένη._',
  answerNow: 'Απαντήστε τώρα',
  quoted: '«{text}»',
  // The Greek semicolon is the ano teleia.
  partSeparator: '· ',
  threadLink: '<{link}|Προσθέστε ό,τι ξέρετε στο νήμα του χάρτη>',
  threadInChannel: 'προσθέστε ό,τι ξέρετε στο νήμα του χάρτη στο {channel}',
  quiet: {
    fallback: '{mapName}: ήσυχη εβδομάδα, τίποτα καινούργιο.',
    titleSince: '📭 *{mapName}*: ήσυχη εβδομάδα, τίποτα καινούργιο από τις {date}.',
    titleFirst: '📭 *{mapName}*: ήσυχη εβδομάδα, τίποτα καινούργιο ακόμη.',
    lowest: 'Χαμηλότερο σημείο: *{stageName}* {score}',
    waiting: 'περιμένουμε ακόμη απάντηση από {count, plural, one {# συνεργάτη} other {# συνεργάτες}}',
  },
  full: {
    header: '📬 Εβδομαδιαία σύνοψη: {mapName}',
    fallback:
      'Εβδομαδιαία σύνοψη για τον χάρτη «{mapName}»: {inputCount, plural, one {# νέα συμβολή} other {# νέες συμβολές}}, {itemCount, plural, one {# νέο στοιχείο} other {# νέα στοιχεία}}.',
    footer: '💬 {threadAction} · Η εντολή `{command} show` δημοσιεύει τον χάρτη ως εικόνα',
  },
  overview: {
    addedSince: '*{count, plural, one {# νέα συμβολή} other {# νέες συμβολές}}* από τις {date}',
    addedSoFar: '*{count, plural, one {# νέα συμβολή} other {# νέες συμβολές}}* μέχρι τώρα',
    newItems: '{count, plural, one {# νέο στοιχείο} other {# νέα στοιχεία}}',
    reinforced: '{count, plural, one {# αναφέρθηκε ξανά} other {# αναφέρθηκαν ξανά}}',
    retracted: '{count, plural, one {# αποσύρθηκε} other {# αποσύρθηκαν}}',
    byTeam: '*Ανά τμήμα:* {teams}',
    newVoices: '*Νέες φωνές:* {people}',
  },
  stage: {
    kindLine: '• {kindTitle}: {parts}',
    newItems: '{count, plural, one {# νέο στοιχείο} other {# νέα στοιχεία}}: {examples}',
    newItemsMore: '{count, plural, one {# νέο στοιχείο} other {# νέα στοιχεία}}: {examples} και {moreCount} ακόμη',
    raisedAgain: 'ξανά στη συζήτηση: {items}',
    raisedItem: '{item} +{added} (τώρα {count})',
  },
  curve: {
    title: '*Πώς νιώθει ο πελάτης*',
    noScores: '*Πώς νιώθει ο πελάτης:* καμία βαθμολογία ακόμη.',
    lowest:
      'Χαμηλότερο σημείο: *{stageName}* ({score}, {count, plural, one {# βαθμολογία} other {# βαθμολογίες}}). Ξεκινήστε από εκεί.',
    noLowPoint: 'Δεν φαίνεται ακόμη καθαρό χαμηλό σημείο: θα φανεί όταν βαθμολογηθούν περισσότερα στάδια.',
  },
  improvements: {
    title: '*{count, plural, one {# βελτίωση} other {# βελτιώσεις}} να δοκιμάσετε*',
    line: '{index}. *{stageName}*: {action}\n      _απαντά σε:_ {answers} · _σημείο επαφής:_ {touchpoint} · _KPI:_ {kpi}',
  },
  missing: {
    title: '*Τι λείπει ακόμη*',
    emptyStages: 'Στάδια για τα οποία δεν έχει μιλήσει κανείς: {stages}',
    teams: 'Τμήματα που δεν έχουμε ακούσει ακόμη: {teams}',
    stakeholder: '{person}, δεν έχουμε ακούσει ακόμη τη γνώμη σας.',
    others: 'Περιμένουμε επίσης: {people}. Η εντολή `{command} interview` ξεκινά τη δική σας συνέντευξη.',
  },
  nudge: {
    fallback: 'Βγήκε η εβδομαδιαία σύνοψη για τον χάρτη «{mapName}». Λείπουν ακόμη οι απαντήσεις σας.',
    text: '👋 Η εβδομαδιαία σύνοψη για τον χάρτη *{mapName}* δημοσιεύτηκε στο {channel}{mapLink} και λείπει ακόμη η ματιά της ομάδας σας. {where}',
    mapLink: ' (<{link}|δείτε τον χάρτη>)',
    progress:
      'Έχετε απαντήσει σε {answered} από {stages, plural, one {# στάδιο} other {# στάδια}}· {pending, plural, one {απομένει # στάδιο} other {απομένουν # στάδια}}.',
    notStarted: 'Θέλει περίπου 2 λεπτά ανά στάδιο, {stages, plural, one {# στάδιο} other {# στάδια}} συνολικά.',
    frequency:
      '_Θα σας ρωτάω το πολύ μία φορά την εβδομάδα και ποτέ όσο η κατάστασή σας στο Slack δείχνει ότι λείπετε._',
  },
};
