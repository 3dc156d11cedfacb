import type { Messages } from '../../catalog-types.ts';
import type { en } from './en.ts';

export const el: Messages<typeof en> = {
  card: {
    fallback: 'Χάρτης ταξιδιού πελάτη: {mapName}',
    fallbackArchived: 'Χάρτης ταξιδιού πελάτη: {mapName} (αρχειοθετημένος)',
    header: '🗺️ {mapName}',
    headerArchived: '🗺️ {mapName} (αρχειοθετημένος)',
    goal: '*Στόχος:* {goal}',
    persona: '*Περσόνα:* {persona}',
    type: '*Είδος:* {type} · *Κάτοχος:* {owner}',
    stage: '{bar}  *{number}. {stageName}*  {count, plural, one {# συμβολή} other {# συμβολές}} · {feeling}',
    stakeholders: '*Συνεργάτες:* {stakeholders}',
    noStakeholders: '_δεν έχει προσκληθεί κανείς ακόμα: όλοι μπορούν να απαντήσουν με το κουμπί παρακάτω_',
    teams: '*Τμήματα που έχουν απαντήσει:* {teams}',
    noTeams: 'κανένα ακόμα',
    answerForTeam: 'Απαντώ για την ομάδα μου',
    showMap: 'Εμφάνιση χάρτη',
    threadTip:
      '💬 Απαντήστε σε αυτό το νήμα με ό,τι ξέρετε, π.χ. `σημείο επαφής: webinar τιμών @θεώρηση` ή `εμπόδιο: το ταμείο ζητά λογαριασμό (αγορά)`. Περισσότερα με `{command} help`.',
  },
  home: {
    header: '🗺️ {product}',
    intro:
      'Χαρτογραφήστε πώς κινούνται οι πελάτες σας, από την πρώτη φορά που ακούν για εσάς μέχρι να σας προτείνουν, μαζί με κάθε ομάδα, εδώ στο Slack.',
    newMap: 'Νέος χάρτης',
    unfinished: '*Οι συνεντεύξεις σας που δεν έχουν τελειώσει*',
    interview: '*{mapName}*  {done} από {total} στάδια έτοιμα',
    interviewPaused: '*{mapName}*  {done} από {total} στάδια έτοιμα · σε παύση',
    resume: 'Συνέχεια',
    yourMaps: '*Οι χάρτες σας*',
    noMaps: 'Δεν έχετε χάρτες ακόμα. Πατήστε *Νέος χάρτης* ή γράψτε `{command} new` στο κανάλι όπου θα ζει ο χάρτης.',
    mapLine:
      '*{mapName}* στο {channel} · {role, select, owner {είστε ο κάτοχος} stakeholder {είστε συνεργάτης} other {έχετε συμβάλει}} · {inputs, plural, one {# συμβολή} other {# συμβολές}} από {people, plural, one {# άτομο} other {# άτομα}}',
    answer: 'Απάντηση',
    tip: 'Συμβουλή: το `{command} help` δείχνει όλα όσα μπορώ να κάνω.',
  },
  list: {
    emptyFallback: 'Δεν υπάρχουν χάρτες ακόμα.',
    empty: 'Δεν υπάρχουν ακόμα χάρτες ταξιδιού πελάτη σε αυτόν τον χώρο εργασίας. Ξεκινήστε έναν με `{command} new`.',
    fallback: '{count, plural, one {# χάρτης} other {# χάρτες}} ταξιδιού πελάτη',
    heading: '*Χάρτες ταξιδιού πελάτη* ({count})',
    line: '• *{mapName}* στο {channel} · κάτοχος {owner}',
    lineHere: '• *{mapName}* στο {channel} · κάτοχος {owner} · _αυτό το κανάλι_',
    allArchived: '_όλοι αρχειοθετημένοι_',
    archived: '{count, plural, one {# αρχειοθετημένος} other {# αρχειοθετημένοι}}. ',
    usage: 'Χρησιμοποιήστε το όνομα με οποιαδήποτε εντολή, π.χ. `{command} show <όνομα>`.',
    truncated: ' Δείχνω τους πρώτους {count}.',
  },
  archive: {
    notOwner:
      'Μόνο ο κάτοχος του χάρτη, {owner}, ή ένας διαχειριστής του χώρου εργασίας μπορεί να αρχειοθετήσει τον *{mapName}*. Ρωτήστε τον/την ή φτιάξτε δικό σας χάρτη με `{command} new`.',
    already: 'Ο *{mapName}* είναι ήδη αρχειοθετημένος.',
    done: '🗄️ Ο *{mapName}* αρχειοθετήθηκε. Οι απαντήσεις μένουν και οι εξαγωγές δουλεύουν κανονικά.',
  },
  show: {
    drawing: '🖼️ Σχεδιάζω τον *{mapName}*: η εικόνα θα εμφανιστεί σε λίγο στο νήμα του χάρτη.',
  },
  interview: {
    checkDms: '📬 Δείτε τα προσωπικά σας μηνύματα: εκεί σας περιμένει η συνέντευξη για τον *{mapName}*.',
  },
  reopen: {
    notOwner:
      'Μόνο ο κάτοχος του χάρτη, {owner}, ή ένας διαχειριστής του χώρου εργασίας μπορεί να ξανανοίξει τον *{mapName}*.',
    notArchived: 'Ο *{mapName}* δεν είναι αρχειοθετημένος: δέχεται απαντήσεις.',
    channelTakenUnseen:
      'Το <#{channel}> έχει άλλον ενεργό χάρτη, στον οποίο δεν έχετε πρόσβαση. Όταν αρχειοθετηθεί, μπορείτε να ξανανοίξετε τον *{mapName}*.',
    channelTaken:
      'Το <#{channel}> έχει ήδη άλλον ενεργό χάρτη, τον *{otherName}*. Αρχειοθετήστε πρώτα εκείνον (`{command} archive {otherName}`) και μετά ξανανοίξτε τον *{mapName}*.',
    done: '♻️ Ο *{mapName}* άνοιξε ξανά και δέχεται απαντήσεις στο <#{channel}>.',
    howTo: 'Ο/Η {owner} μπορεί να τον επαναφέρει με `{command} reopen {mapName}`.',
    movedTo: 'Το <#{channel}> έχει πλέον τον χάρτη *{newName}*: προσθέστε εκεί τις απαντήσεις σας.',
    movedToUnseen: 'Το <#{channel}> έχει πλέον άλλον ενεργό χάρτη.',
  },
  language: {
    notOwner:
      'Μόνο ο κάτοχος του χάρτη, {owner}, ή ένας διαχειριστής του χώρου εργασίας μπορεί να αλλάξει τη γλώσσα του *{mapName}*.',
    which:
      'Σε ποια γλώσσα να μιλά ο *{mapName}*; Γράψτε μία από: {choices}. Για παράδειγμα `{command} language {example}`.',
    same: 'Ο *{mapName}* μιλά ήδη {language}.',
    changed:
      '✅ Ο *{mapName}* μιλά τώρα {language}: συνεντεύξεις, απαντήσεις στο νήμα, συνόψεις, εβδομαδιαία σύνοψη και εξαγωγές. Ό,τι έχουν ήδη γράψει οι συνάδελφοι μένει όπως το έγραψαν.',
  },
};
