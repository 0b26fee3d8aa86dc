#pragma once

#include <QString>

namespace headroom::ui {

// The application's colours: the desktop's own, or a light or dark palette on the Fusion style
// (the same on every desktop). Plots take their colours from the palette and restyle when it
// changes (QEvent::PaletteChange), so switching needs no restart.
enum class Theme
{
    System,
    Light,
    Dark,
};

void applyTheme(Theme theme);
Theme savedTheme();            // the user's choice, kept between runs (System by default)
void saveTheme(Theme theme);
QString themeName(Theme theme); // "system", "light", "dark"
bool themeFromName(const QString& name, Theme* theme);

} // namespace headroom::ui
