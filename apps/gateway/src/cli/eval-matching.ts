// Runs the committed evaluation sets against the shipped catalog and lists and prints precision
// and recall per class with every miss:   npm run eval:matching
import { CERTIFICATE_TYPES, COMMUNITY_LISTS } from '#gw/catalog';
import {
  evaluateResidents,
  evaluateWorkAccess,
  formatReport,
  RESIDENT_PHRASINGS,
  WORK_ACCESS_TEXTS,
} from '#gw/matching';
import { listedTexts, negativeItems, workAccessSet } from './eval-sets';

const resident = evaluateResidents(RESIDENT_PHRASINGS, CERTIFICATE_TYPES, negativeItems(COMMUNITY_LISTS));
const work = evaluateWorkAccess(
  workAccessSet(WORK_ACCESS_TEXTS, COMMUNITY_LISTS),
  negativeItems(COMMUNITY_LISTS),
  listedTexts(COMMUNITY_LISTS),
);
console.log(formatReport(resident, work));
