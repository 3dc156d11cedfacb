import type { Messages } from '../../catalog-types.ts';
import type { en } from './en.ts';

export const el: Messages<typeof en> = {
  stage: {
    heading: '🧭 {stageName}: σύνοψη σταδίου',
    position: '*{mapName}* · στάδιο {number} από {total}',
    does: '*Τι κάνει:* {actions}',
    doesSeparator: '· ',
    thinks: '*Τι σκέφτεται:* {thoughts}',
    thought: '«{thought}»',
    feels: '*Πώς νιώθει:* {feeling}',
    touchpointsLine: '📍 *Κύρια σημεία επαφής:* {items}',
    alsoRaisedLine: '🚧 *Αναφέρθηκαν επίσης:* {items}',
    stillMissingLine: '🕳️ *Τι λείπει ακόμη:* {items}',
    disagreements: '↔️ Πού διαφωνούν οι ομάδες',
    improvements: '*💡 Προτεινόμενες βελτιώσεις* ({count})',
    replyToAdd: '➕ Απαντήστε σε αυτό το νήμα για να προσθέσετε ό,τι λείπει.',
    fallback:
      'Σύνοψη του σταδίου {stageName} ({mapName}): {count, plural, one {# προτεινόμενη βελτίωση} other {# προτεινόμενες βελτιώσεις}}',
  },
  feeling: {
    nobodyYet: '▫️ δεν το έχει πει κανείς ακόμη',
    single: '{emoji} {mean} / 5 ({count, plural, one {# βαθμολογία} other {# βαθμολογίες}})',
    withSpread: '{emoji} {mean} / 5, διασπορά ±{spread} ({count, plural, one {# βαθμολογία} other {# βαθμολογίες}})',
    noFeelingsYet: 'κανένα συναίσθημα ακόμη',
  },
  raisedBy: {
    people: '{count, plural, one {# άτομο} other {# άτομα}}',
    peopleAndDepartments: '{people} · {departments}',
  },
  disagreement: '{low}: {lowFeeling}, {high}: {highFeeling}· αξίζει να συγκρίνετε τι βλέπει ο καθένας',
  improvement: {
    answersObstacle: '🎯 Απαντά στο εμπόδιο «{text}»',
    answersGap: '🎯 Καλύπτει το κενό: {text}',
    where: '📍 Σημείο επαφής: {touchpoint}  ·  📈 KPI για παρακολούθηση: {kpi}',
    whereWithOwners:
      '📍 Σημείο επαφής: {touchpoint}  ·  👥 Υπεύθυνο τμήμα: {owners}  ·  📈 KPI για παρακολούθηση: {kpi}',
  },
  overview: {
    heading: '🧭 Συνόψεις σταδίων: {mapName}',
    persona: '👤 *{persona}*',
    personaWithGoal: '👤 *{persona}* · στόχος: {goal}',
    oneStageHint: '🔎 Το `{example}` δείχνει ένα στάδιο ολόκληρο, με κάθε πρόταση και ποιος ανέφερε τι.',
    fallback: 'Συνόψεις σταδίων του χάρτη {mapName}: {count, plural, one {# στάδιο} other {# στάδια}}',
  },
  source: {
    playbook: '🧭 Προτάσεις από τον ενσωματωμένο οδηγό βελτιώσεων.',
    model: '✨ Προτάσεις από το {model}.',
    anyModel: 'μοντέλο ΤΝ',
    modelUnavailable: '🧭 Το μοντέλο δεν ήταν διαθέσιμο, οπότε απάντησε ο ενσωματωμένος οδηγός βελτιώσεων.',
    modelPartly:
      '✨ Προτάσεις από το {model}· για {stages} το μοντέλο δεν ήταν διαθέσιμο, οπότε απάντησε ο ενσωματωμένος οδηγός βελτιώσεων.',
  },
  trigger: {
    everyoneAnswered: '🔔 Δημοσιεύτηκε επειδή όλοι οι συνεργάτες απάντησαν πλέον για το στάδιο {stageName}.',
    newInput:
      '🔔 Δημοσιεύτηκε επειδή {count, plural, one {ήρθε # νέα συμβολή} other {ήρθαν # νέες συμβολές}} για το στάδιο {stageName} από την τελευταία σύνοψη.',
  },
  notice: {
    working: '⏳ Δουλεύω πάνω σε αυτό: συνοψίζω {what}. Θα εμφανιστεί σε λίγο {where}.',
    oneStage: 'το στάδιο *{stageName}* του χάρτη *{mapName}*',
    allStages: 'και τα {count} στάδια του χάρτη *{mapName}*',
    mapThread: 'στο νήμα του χάρτη',
    channel: 'στο κανάλι του',
    posted: '✅ Η σύνοψη του χάρτη *{mapName}* είναι {where}.',
  },
  replies: {
    archived:
      'Ο χάρτης *{mapName}* είναι αρχειοθετημένος, οπότε δεν τον συνοψίζω πια. Το `{command} list` δείχνει τους ενεργούς χάρτες.',
    unknownStage:
      'Ο χάρτης *{mapName}* δεν έχει στάδιο «{query}». Τα στάδιά του είναι {stages}: γράψτε ένα όνομα ή τον αριθμό του, π.χ. `{command} summary {mapName} 2`.',
    unknownStageOrMap:
      'Δεν υπάρχει χάρτης με το όνομα «{query}», ούτε στάδιο «{query}» στον χάρτη *{mapName}*. Τα στάδιά του είναι {stages}: γράψτε ένα όνομα ή τον αριθμό του, π.χ. `{command} summary {mapName} 2`.',
    ambiguousStage:
      'Το «{query}» μπορεί να είναι {candidates} στον χάρτη *{mapName}*: γράψτε περισσότερο από το όνομα ή τον αριθμό του σταδίου ({stages}).',
    orSeparator: ' ή ',
    cannotPost:
      'Δεν μπορώ να γράψω στο κανάλι του χάρτη *{mapName}*. Προσκαλέστε με εκεί με `/invite @{product}` και ζητήστε το ξανά.',
  },
  narrative: {
    raised:
      '{people, plural, one {# άτομο} other {# άτομα}} ({departments}) ανέφεραν εδώ {groups, plural, one {# εμπόδιο} other {# εμπόδια}}',
    raisedNoDepartments:
      '{people, plural, one {# άτομο} other {# άτομα}} ανέφεραν εδώ {groups, plural, one {# εμπόδιο} other {# εμπόδια}}',
    feels: 'το συναίσθημα εδώ είναι {mean}',
    dips: 'το συναίσθημα πέφτει εδώ στο {mean}',
    dipsLowest: 'το συναίσθημα πέφτει εδώ στο {mean}, το χαμηλότερο σημείο του ταξιδιού',
    both: '{first}· {second}.',
    one: '{text}.',
  },
  engine: {
    personaGoal: '{persona} — στόχος: {goal}',
    personaMapGoal: '{persona} — στόχος του χάρτη: {goal}',
    everyTouchpoint: 'όλα τα σημεία επαφής του σταδίου «{stageName}»',
    listAnd: '{items} και {last}',
  },
  prompt: {
    kpiExamples:
      'ποσοστό μετατροπής, ικανοποίηση πελατών (CSAT), εγκατάλειψη σε ένα βήμα, χρόνος πρώτης απάντησης, διατήρηση πελατών, ποσοστό επαναλαμβανόμενων αγορών, μέση αξία παραγγελίας ή Net Promoter Score (NPS)',
  },
};
