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
const auto TieoutFromKey = QStringLiteral("tieout/from");
const auto TieoutToKey = QStringLiteral("tieout/to");
const auto TieoutUnitsKey = QStringLiteral("tieout/businessUnits");
const auto HealthFromKey = QStringLiteral("health/from");
const auto HealthToKey = QStringLiteral("health/to");
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

YearMonth UiSettings::tieoutFrom() const
{
    return monthValue(*m_settings, TieoutFromKey);
}

YearMonth UiSettings::tieoutTo() const
{
    return monthValue(*m_settings, TieoutToKey);
}

void UiSettings::setTieoutRange(YearMonth from, YearMonth to)
{
    m_settings->setValue(TieoutFromKey, from.toString());
    m_settings->setValue(TieoutToKey, to.toString());
}

QStringList UiSettings::tieoutBusinessUnits() const
{
    return m_settings->value(TieoutUnitsKey).toStringList();
}

void UiSettings::setTieoutBusinessUnits(const QStringList &businessUnits)
{
    m_settings->setValue(TieoutUnitsKey, businessUnits);
}

YearMonth UiSettings::healthFrom() const
{
    return monthValue(*m_settings, HealthFromKey);
}

YearMonth UiSettings::healthTo() const
{
    return monthValue(*m_settings, HealthToKey);
}

void UiSettings::setHealthRange(YearMonth from, YearMonth to)
{
    m_settings->setValue(HealthFromKey, from.toString());
    m_settings->setValue(HealthToKey, to.toString());
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
