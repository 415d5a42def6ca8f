// Extension pages register every catalog by importing lib/i18n; content scripts get theirs from the
// background. Unit tests render content-script components directly, so they register all four here.
import '../../lib/i18n';
