#pragma once

#include <QIcon>

namespace tieout::ui {

// The application icon, painted in code to match resources/tieout.svg: the window needs it at
// run time and Qt's SVG image plugin is an optional package, so the SVG is only installed for
// the desktop (launcher, software centre) and the window draws its own copy.
class AppIcon final
{
public:
    static QIcon icon();
};

} // namespace tieout::ui
