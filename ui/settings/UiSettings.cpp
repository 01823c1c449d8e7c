#include "ui/settings/UiSettings.h"

#include <QSettings>

namespace tieout::ui {

namespace {

const auto GeometryKey = QStringLiteral("window/geometry");
const auto StateKey = QStringLiteral("window/state");
const auto PageKey = QStringLiteral("window/page");
const auto ViewPrefix = QStringLiteral("views/");
const auto BackfillFromKey = QStringLiteral("backfill/from");
const auto BackfillToKey = QStringLiteral("backfill/to");
const auto LastDirectoryKey = QStringLiteral("files/lastDirectory");

YearMonth monthValue(const QSettings &settings, const QString &key)
{
    auto parsed = YearMonth::parse(settings.value(key).toString());
    return parsed ? *parsed : YearMonth();
}

} // namespace

UiSettings::UiSettings()
    : m_settings(std::make_unique<QSettings>(QStringLiteral("Tieout"), QStringLiteral("tieout")))
{
}

UiSettings::UiSettings(const QString &fileName)
    : m_settings(std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{
}

UiSettings::~UiSettings() = default;

QByteArray UiSettings::windowGeometry() const
{
    return m_settings->value(GeometryKey).toByteArray();
}

void UiSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(GeometryKey, geometry);
}

QByteArray UiSettings::windowState() const
{
    return m_settings->value(StateKey).toByteArray();
}

void UiSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(StateKey, state);
}

int UiSettings::currentPage() const
{
    return m_settings->value(PageKey, 0).toInt();
}

void UiSettings::setCurrentPage(int index)
{
    m_settings->setValue(PageKey, index);
}

QByteArray UiSettings::viewState(const QString &name) const
{
    return m_settings->value(ViewPrefix + name).toByteArray();
}

void UiSettings::setViewState(const QString &name, const QByteArray &state)
{
    m_settings->setValue(ViewPrefix + name, state);
}

YearMonth UiSettings::backfillFrom() const
{
    return monthValue(*m_settings, BackfillFromKey);
}

YearMonth UiSettings::backfillTo() const
{
    return monthValue(*m_settings, BackfillToKey);
}

void UiSettings::setBackfillRange(YearMonth from, YearMonth to)
{
    m_settings->setValue(BackfillFromKey, from.toString());
    m_settings->setValue(BackfillToKey, to.toString());
}

QString UiSettings::lastDirectory() const
{
    return m_settings->value(LastDirectoryKey).toString();
}

void UiSettings::setLastDirectory(const QString &directory)
{
    m_settings->setValue(LastDirectoryKey, directory);
}

QString UiSettings::fileName() const
{
    return m_settings->fileName();
}

void UiSettings::sync()
{
    m_settings->sync();
}

} // namespace tieout::ui
