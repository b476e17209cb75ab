// The unit tests read the interface in Vietnamese, the language they were written in (the
// language otherwise follows the machine's, English on most). test/i18n.test.ts checks
// both languages itself.
import { setLanguage } from '../../extension/i18n/index.ts';

setLanguage('vi');
