<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CsvExport</name>
    <message>
        <source>Tie-out per month and business unit (recon)…</source>
        <translation>Abgleich je Monat und Geschäftsbereich (recon) …</translation>
    </message>
    <message>
        <source>Detail by workspace, key, model and token type (detail)…</source>
        <translation>Details nach Arbeitsbereich, Schlüssel, Modell und Token-Art (detail) …</translation>
    </message>
    <message>
        <source>FinOps FOCUS 1.2 (focus)…</source>
        <translation>FinOps FOCUS 1.2 (focus) …</translation>
    </message>
    <message>
        <source>One row per month and business unit, then the month&apos;s TOTAL; the grid shown.</source>
        <translation>Eine Zeile je Monat und Geschäftsbereich, dann die Monatssumme (TOTAL); die angezeigte Tabelle.</translation>
    </message>
    <message>
        <source>One row per month, business unit, workspace, API key, model and token type.</source>
        <translation>Eine Zeile je Monat, Geschäftsbereich, Arbeitsbereich, API-Schlüssel, Modell und Token-Art.</translation>
    </message>
    <message>
        <source>FOCUS cost-and-usage rows per day, for FinOps tools.</source>
        <translation>FOCUS-Kosten- und Nutzungszeilen je Tag, für FinOps-Werkzeuge.</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>Es gibt noch nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 USD</source>
        <translation>%1 USD</translation>
    </message>
</context>
<context>
    <name>GuiOptions</name>
    <message>
        <source>Tieout: ties Anthropic usage at list price out against what was billed.</source>
        <translation>Tieout: gleicht die Anthropic-Nutzung zum Listenpreis mit der Abrechnung ab.</translation>
    </message>
    <message>
        <source>Read and save the config file FILE (default: $TIEOUT_CONFIG, then %1).</source>
        <translation>Die Konfigurationsdatei DATEI lesen und speichern (Standard: $TIEOUT_CONFIG, sonst %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Use the database URL (sqlite:PATH or postgresql://user@host:port/db) instead of the config file&apos;s, for this session.</source>
        <translation>Für diese Sitzung die Datenbank-URL (sqlite:PFAD oder postgresql://benutzer@host:port/db) statt der aus der Konfigurationsdatei verwenden.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Interface language, e.g. de or en (default: $TIEOUT_LANG, then the system&apos;s).</source>
        <translation>Sprache der Oberfläche, z. B. de oder en (Standard: $TIEOUT_LANG, sonst die des Systems).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Print the time from start to the first painted Tie-out page with data, then quit.</source>
        <translation>Die Zeit vom Start bis zur ersten gezeichneten Abgleich-Seite mit Daten ausgeben, dann beenden.</translation>
    </message>
</context>
<context>
    <name>ReplaceConfirmation</name>
    <message>
        <source>REPLACE 1 WINDOW</source>
        <translation>1 FENSTER ERSETZEN</translation>
    </message>
    <message>
        <source>REPLACE %1 WINDOWS</source>
        <translation>%1 FENSTER ERSETZEN</translation>
    </message>
</context>
<context>
    <name>tieout::gui::GuiComposition</name>
    <message>
        <source>not usable: %1</source>
        <translation>nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>%1 (opening…)</source>
        <translation>%1 (wird geöffnet …)</translation>
    </message>
    <message>
        <source>%1 — not available: %2</source>
        <translation>%1 – nicht verfügbar: %2</translation>
    </message>
</context>
<context>
    <name>tieout::ui::AuditModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Geschäftsbereich</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation>Abgerufen</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Eingefügt</translation>
    </message>
    <message>
        <source>Billed before (USD)</source>
        <translation>Abgerechnet vorher (USD)</translation>
    </message>
    <message>
        <source>Billed after (USD)</source>
        <translation>Abgerechnet nachher (USD)</translation>
    </message>
</context>
<context>
    <name>tieout::ui::BackfillController</name>
    <message>
        <source>Business unit %1 is no longer configured: the plan was discarded.</source>
        <translation>Der Geschäftsbereich %1 ist nicht mehr eingerichtet: Der Plan wurde verworfen.</translation>
    </message>
    <message>
        <source>The settings of business unit %1 changed: preview again before executing.</source>
        <translation>Die Einstellungen des Geschäftsbereichs %1 haben sich geändert: Vor dem Ausführen erneut eine Vorschau erstellen.</translation>
    </message>
    <message>
        <source>A run is in progress: cancel it or wait for it to finish.</source>
        <translation>Ein Lauf ist im Gange: Brechen Sie ihn ab oder warten Sie, bis er fertig ist.</translation>
    </message>
    <message>
        <source>Choose at least one business unit.</source>
        <translation>Wählen Sie mindestens einen Geschäftsbereich.</translation>
    </message>
    <message>
        <source>%1 is not a configured business unit.</source>
        <translation>%1 ist kein eingerichteter Geschäftsbereich.</translation>
    </message>
    <message>
        <source>Plan: %1 windows, %2 to %3, for %4. No network, nothing written.</source>
        <translation>Plan: %1 Fenster, %2 bis %3, für %4. Kein Netzwerk, nichts geschrieben.</translation>
    </message>
    <message>
        <source>Make a plan first.</source>
        <translation>Erstellen Sie zuerst einen Plan.</translation>
    </message>
    <message>
        <source>No database is open. Check the database in Settings.</source>
        <translation>Keine Datenbank geöffnet. Prüfen Sie die Datenbank in den Einstellungen.</translation>
    </message>
    <message>
        <source>Execute needs a complete preview of the current plan first.</source>
        <translation>Zum Ausführen wird zuerst eine vollständige Vorschau des aktuellen Plans benötigt.</translation>
    </message>
    <message>
        <source>The confirmation did not match. Nothing was written.</source>
        <translation>Die Bestätigung stimmte nicht überein. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cancelling: the window in progress completes or stays as it was; no new window starts.</source>
        <translation>Abbruch: Das laufende Fenster wird abgeschlossen oder bleibt unverändert; kein neues Fenster beginnt.</translation>
    </message>
    <message>
        <source>Execute: replacing %1 windows in %2.</source>
        <translation>Ausführen: %1 Fenster in %2 werden ersetzt.</translation>
    </message>
    <message>
        <source>Preview (read-only): fetching %1 windows and comparing them with %2.</source>
        <translation>Vorschau (nur lesend): %1 Fenster werden abgerufen und mit %2 verglichen.</translation>
    </message>
    <message>
        <source>Could not get the admin keys: %1</source>
        <translation>Die Admin-Schlüssel konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cancelled before any window started. Nothing was written.</source>
        <translation>Abgebrochen, bevor ein Fenster begann. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Fetching %1 %2 (%3 days)…</source>
        <translation>%1 %2 wird abgerufen (%3 Tage) …</translation>
    </message>
    <message>
        <source>%1 of %2 windows done in %3 s.</source>
        <translation>%1 von %2 Fenstern in %3 s erledigt.</translation>
    </message>
    <message>
        <source>Preview complete. Nothing was written. Execute… replaces these windows.</source>
        <translation>Vorschau vollständig. Es wurde nichts geschrieben. „Ausführen …“ ersetzt diese Fenster.</translation>
    </message>
    <message>
        <source>Preview cancelled. Nothing was written; preview again to be able to execute.</source>
        <translation>Vorschau abgebrochen. Es wurde nichts geschrieben; erstellen Sie erneut eine Vorschau, um ausführen zu können.</translation>
    </message>
    <message>
        <source>Preview incomplete. Nothing was written; fix the problem and preview again.</source>
        <translation>Vorschau unvollständig. Es wurde nichts geschrieben; beheben Sie das Problem und erstellen Sie erneut eine Vorschau.</translation>
    </message>
    <message>
        <source>Execute cancelled. Finished windows are replaced; the others are unchanged.</source>
        <translation>Ausführen abgebrochen. Abgeschlossene Fenster sind ersetzt; die übrigen sind unverändert.</translation>
    </message>
    <message>
        <source>Execute stopped at a failed window. Finished windows are replaced; the failed one and the rest are unchanged. A re-run converges.</source>
        <translation>Ausführen bei einem fehlgeschlagenen Fenster angehalten. Abgeschlossene Fenster sind ersetzt; das fehlgeschlagene und die übrigen sind unverändert. Ein erneuter Lauf führt zum selben Ergebnis.</translation>
    </message>
    <message>
        <source>Execute complete: %1 windows replaced.</source>
        <translation>Ausführen abgeschlossen: %1 Fenster ersetzt.</translation>
    </message>
    <message>
        <source>The database changed: preview again before executing.</source>
        <translation>Die Datenbank hat sich geändert: Vor dem Ausführen erneut eine Vorschau erstellen.</translation>
    </message>
    <message>
        <source>MONTH %1 BU %2 failed: %3 (the window is unchanged)</source>
        <translation>MONTH %1 BU %2 failed: %3 (the window is unchanged)</translation>
    </message>
    <message>
        <source>MONTH %1 BU %2 done: fetched=%3 deleted=%4 inserted=%5 changed=-%6/+%7 billed_usd=%8-&gt;%9</source>
        <translation>MONTH %1 BU %2 done: fetched=%3 deleted=%4 inserted=%5 changed=-%6/+%7 billed_usd=%8-&gt;%9</translation>
    </message>
    <message>
        <source>MONTH %1 BU %2 previewed: stored=%3 fetched=%4 removed=%5 added=%6 billed_usd=%7-&gt;%8</source>
        <translation>MONTH %1 BU %2 previewed: stored=%3 fetched=%4 removed=%5 added=%6 billed_usd=%7-&gt;%8</translation>
    </message>
    <message>
        <source>Verify could not run: %1</source>
        <translation>Die Prüfung konnte nicht laufen: %1</translation>
    </message>
    <message>
        <source>Verify (read-only): %1 to %2 for %3.</source>
        <translation>Prüfen (nur lesend): %1 bis %2 für %3.</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>Verify: %1 passed, %2 warnings for the analyst, %3 integrity failures of %4 checks.</source>
        <translation>Prüfen: %1 bestanden, %2 Warnungen für die Analyse, %3 Integritätsfehler von %4 Prüfungen.</translation>
    </message>
    <message>
        <source>Verify: %1 integrity checks failed; the log lists the offending rows.</source>
        <translation>Prüfen: %1 Integritätsprüfungen fehlgeschlagen; das Protokoll nennt die betroffenen Zeilen.</translation>
    </message>
</context>
<context>
    <name>tieout::ui::BackfillPage</name>
    <message>
        <source>Backfill windows</source>
        <translation>Fenster zum Nachladen</translation>
    </message>
    <message>
        <source>Backfill log</source>
        <translation>Protokoll des Nachladens</translation>
    </message>
    <message>
        <source>Fill in or repair stored history: plan the month windows, preview what would change (read-only), then execute after confirming.</source>
        <translation>Gespeicherte Historie ergänzen oder reparieren: Monatsfenster planen, in der Vorschau sehen, was sich ändern würde (nur lesend), dann nach Bestätigung ausführen.</translation>
    </message>
    <message>
        <source>Backfill</source>
        <translation>Nachladen</translation>
    </message>
    <message>
        <source>What to backfill</source>
        <translation>Was nachgeladen wird</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>Erster Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Business units to backfill</source>
        <translation>Nachzuladende Geschäftsbereiche</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>A&amp;lle</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <source>Select all business units</source>
        <translation>Alle Geschäftsbereiche auswählen</translation>
    </message>
    <message>
        <source>Select no business unit</source>
        <translation>Keinen Geschäftsbereich auswählen</translation>
    </message>
    <message>
        <source>&amp;Business units:</source>
        <translation>&amp;Geschäftsbereiche:</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Vor&amp;schau</translation>
    </message>
    <message>
        <source>&amp;Execute…</source>
        <translation>&amp;Ausführen …</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Veri&amp;fy</source>
        <translation>Prü&amp;fen</translation>
    </message>
    <message>
        <source>List the month windows per business unit. No network, nothing written.</source>
        <translation>Die Monatsfenster je Geschäftsbereich auflisten. Kein Netzwerk, nichts wird geschrieben.</translation>
    </message>
    <message>
        <source>Fetch the windows read-only and compare them with the database.</source>
        <translation>Die Fenster nur lesend abrufen und mit der Datenbank vergleichen.</translation>
    </message>
    <message>
        <source>Replace the previewed windows in the database, after confirmation.</source>
        <translation>Die in der Vorschau gezeigten Fenster nach Bestätigung in der Datenbank ersetzen.</translation>
    </message>
    <message>
        <source>Stop after the window in progress.</source>
        <translation>Nach dem laufenden Fenster anhalten.</translation>
    </message>
    <message>
        <source>Run the read-only store checks over the range.</source>
        <translation>Die lesenden Datenprüfungen über den Zeitraum ausführen.</translation>
    </message>
    <message>
        <source>Windows done</source>
        <translation>Erledigte Fenster</translation>
    </message>
    <message>
        <source>%v of %m windows</source>
        <translation>%v von %m Fenstern</translation>
    </message>
    <message>
        <source>No business units are configured. Add them in Settings.</source>
        <translation>Es sind keine Geschäftsbereiche eingerichtet. Fügen Sie sie in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <source>The selection changed: plan or preview again.</source>
        <translation>Die Auswahl hat sich geändert: erneut planen oder eine Vorschau erstellen.</translation>
    </message>
    <message>
        <source>Execute cancelled. Nothing was written.</source>
        <translation>Ausführen abgebrochen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 of %2 windows</source>
        <translation>%1 von %2 Fenstern</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Database: not open — check the database in Settings.</source>
        <translation>Datenbank: nicht geöffnet – prüfen Sie die Datenbank in den Einstellungen.</translation>
    </message>
    <message>
        <source>Planned %1 windows. Preview fetches them read-only; nothing is written.</source>
        <translation>%1 Fenster geplant. Die Vorschau ruft sie nur lesend ab; es wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Previewing (read-only)…</source>
        <translation>Vorschau wird erstellt (nur lesend) …</translation>
    </message>
    <message>
        <source>Executing: replacing windows one transaction at a time…</source>
        <translation>Ausführung: Fenster werden einzeln in je einer Transaktion ersetzt …</translation>
    </message>
    <message>
        <source>The preview is incomplete, so Execute is not available. Preview again.</source>
        <translation>Die Vorschau ist unvollständig, daher ist Ausführen nicht möglich. Erstellen Sie erneut eine Vorschau.</translation>
    </message>
    <message>
        <source>Preview: %1 windows, %2 rows to delete, %3 to insert (%4 removed, %5 added); billed %6 → %7. Nothing was written.</source>
        <translation>Vorschau: %1 Fenster, %2 Zeilen zu löschen, %3 einzufügen (%4 entfernt, %5 hinzugekommen); abgerechnet %6 → %7. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Executed: %1 of %2 windows replaced. Verify runs the store checks.</source>
        <translation>Ausgeführt: %1 von %2 Fenstern ersetzt. „Prüfen“ führt die Datenprüfungen aus.</translation>
    </message>
    <message>
        <source>Backfill running</source>
        <translation>Nachladen läuft</translation>
    </message>
    <message>
        <source>A backfill is running. Cancel it (it stops after the window in progress) and wait for it to finish before closing Tieout.</source>
        <translation>Ein Nachladen läuft. Brechen Sie es ab (es hält nach dem laufenden Fenster an) und warten Sie, bis es beendet ist, bevor Sie Tieout schließen.</translation>
    </message>
    <message>
        <source>Verifying: running the read-only store checks…</source>
        <translation>Prüfung: Die lesenden Datenprüfungen laufen …</translation>
    </message>
    <message>
        <source>Verify passed: %1 checks, %2 warnings for the analyst.</source>
        <translation>Prüfung bestanden: %1 Prüfungen, %2 Warnungen für die Analyse.</translation>
    </message>
    <message>
        <source>Verify failed: %1 of %2 integrity checks; the log lists the offending rows.</source>
        <translation>Prüfung fehlgeschlagen: %1 von %2 Integritätsprüfungen; das Protokoll nennt die betroffenen Zeilen.</translation>
    </message>
</context>
<context>
    <name>tieout::ui::BackfillWindowsModel</name>
    <message>
        <source>The month is not over: the window ends today.</source>
        <translation>Der Monat ist noch nicht vorbei: Das Fenster endet heute.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft …</translation>
    </message>
    <message>
        <source>Previewed: changes</source>
        <translation>Vorschau: Änderungen</translation>
    </message>
    <message>
        <source>Previewed: no change</source>
        <translation>Vorschau: keine Änderung</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nicht gelaufen</translation>
    </message>
    <message>
        <source>Rows the database holds for the window now</source>
        <translation>Zeilen, die die Datenbank jetzt für das Fenster enthält</translation>
    </message>
    <message>
        <source>Rows the Admin API returned for the window</source>
        <translation>Zeilen, die die Admin API für das Fenster geliefert hat</translation>
    </message>
    <message>
        <source>Rows the window&apos;s transaction deletes (all stored rows)</source>
        <translation>Zeilen, die die Transaktion des Fensters löscht (alle gespeicherten Zeilen)</translation>
    </message>
    <message>
        <source>Rows the window&apos;s transaction inserts (all fetched rows)</source>
        <translation>Zeilen, die die Transaktion des Fensters einfügt (alle abgerufenen Zeilen)</translation>
    </message>
    <message>
        <source>Stored rows that are not in the fetched data</source>
        <translation>Gespeicherte Zeilen, die in den abgerufenen Daten fehlen</translation>
    </message>
    <message>
        <source>Fetched rows that are not stored yet</source>
        <translation>Abgerufene Zeilen, die noch nicht gespeichert sind</translation>
    </message>
    <message>
        <source>Billed after minus billed before, in USD</source>
        <translation>Abgerechnet nachher minus abgerechnet vorher, in USD</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Geschäftsbereich</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation>Abgerufen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugekommen</translation>
    </message>
    <message>
        <source>Billed before (USD)</source>
        <translation>Abgerechnet vorher (USD)</translation>
    </message>
    <message>
        <source>Billed after (USD)</source>
        <translation>Abgerechnet nachher (USD)</translation>
    </message>
    <message>
        <source>Change (USD)</source>
        <translation>Änderung (USD)</translation>
    </message>
</context>
<context>
    <name>tieout::ui::BreakdownModel</name>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>Cache lesen</translation>
    </message>
    <message>
        <source>Cache write 5m</source>
        <translation>Cache schreiben 5 Min.</translation>
    </message>
    <message>
        <source>Cache write 1h</source>
        <translation>Cache schreiben 1 Std.</translation>
    </message>
    <message>
        <source>Web search</source>
        <translation>Websuche</translation>
    </message>
    <message>
        <source>Code execution</source>
        <translation>Codeausführung</translation>
    </message>
    <message>
        <source>Session usage</source>
        <translation>Sitzungsnutzung</translation>
    </message>
    <message>
        <source>Other charges</source>
        <translation>Sonstige Gebühren</translation>
    </message>
    <message>
        <source>No model (non-token charges)</source>
        <translation>Kein Modell (Gebühren ohne Token)</translation>
    </message>
    <message>
        <source>Default workspace</source>
        <translation>Standard-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Unattributed (no usage to weigh)</source>
        <translation>Nicht zugeordnet (keine Nutzung zum Gewichten)</translation>
    </message>
    <message>
        <source>Console (no API key)</source>
        <translation>Console (kein API-Schlüssel)</translation>
    </message>
    <message>
        <source>%1 — unattributed</source>
        <translation>%1 – nicht zugeordnet</translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>kein Preis</translation>
    </message>
    <message>
        <source>The price book has no price for this charge type.</source>
        <translation>Die Preisliste hat keinen Preis für diese Gebührenart.</translation>
    </message>
    <message>
        <source>No list price: the model matches no price-book family. Add one in Settings › Price book.</source>
        <translation>Kein Listenpreis: Das Modell passt zu keiner Familie der Preisliste. Fügen Sie unter Einstellungen › Preisliste einen hinzu.</translation>
    </message>
    <message>
        <source>Tier 3: dollars with no usage to weigh stay with the business unit that was billed.</source>
        <translation>Stufe 3: Dollar ohne Nutzung zum Gewichten bleiben beim Geschäftsbereich, dem sie berechnet wurden.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>Token-Art</translation>
    </message>
    <message>
        <source>Price family</source>
        <translation>Preisfamilie</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Geschäftsbereich</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Listenpreis</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <source>Unpriced</source>
        <translation>Ohne Preis</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Ersatzstufen</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
</context>
<context>
    <name>tieout::ui::BridgePanel</name>
    <message>
        <source>Unpriced models</source>
        <translation>Modelle ohne Preis</translation>
    </message>
    <message>
        <source>Billed dollars with no list price to match.</source>
        <translation>Abgerechnete Dollar ohne passenden Listenpreis.</translation>
    </message>
    <message>
        <source>Non-token charges</source>
        <translation>Gebühren ohne Token</translation>
    </message>
    <message>
        <source>Web search at list price minus billed web search, code execution and other charges.</source>
        <translation>Websuche zum Listenpreis abzüglich abgerechneter Websuche, Codeausführung und sonstiger Gebühren.</translation>
    </message>
    <message>
        <source>Usage with no cost</source>
        <translation>Nutzung ohne Kosten</translation>
    </message>
    <message>
        <source>List price of usage the cost report has no line for (e.g. priority tier).</source>
        <translation>Listenpreis von Nutzung, für die der Kostenbericht keine Zeile hat (z. B. Priority-Stufe).</translation>
    </message>
    <message>
        <source>Residual on priced cells</source>
        <translation>Rest auf bepreisten Zellen</translation>
    </message>
    <message>
        <source>Discounts, credits and rounding on priced tokens.</source>
        <translation>Rabatte, Gutschriften und Rundung auf bepreiste Token.</translation>
    </message>
    <message>
        <source>List price − billed</source>
        <translation>Listenpreis − abgerechnet</translation>
    </message>
    <message>
        <source>The four parts add up to it exactly.</source>
        <translation>Die vier Teile ergeben genau diesen Betrag.</translation>
    </message>
    <message>
        <source>Each amount is rounded to the cent on its own; the exact parts add up to the exact total.</source>
        <translation>Jeder Betrag ist für sich auf den Cent gerundet; die exakten Teile ergeben genau die exakte Summe.</translation>
    </message>
</context>
<context>
    <name>tieout::ui::BusinessUnitDialog</name>
    <message>
        <source>Admin &amp;key:</source>
        <translation>Admin-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Variable:</source>
        <translation>&amp;Variable:</translation>
    </message>
    <message>
        <source>Edit business unit</source>
        <translation>Geschäftsbereich bearbeiten</translation>
    </message>
    <message>
        <source>Add business unit</source>
        <translation>Geschäftsbereich hinzufügen</translation>
    </message>
    <message>
        <source>Business unit name</source>
        <translation>Name des Geschäftsbereichs</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API-Basis-URL</translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>Umgebungsvariable</translation>
    </message>
    <message>
        <source>Where the admin key is kept</source>
        <translation>Wo der Admin-Schlüssel liegt</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Admin-Schlüssel</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>Leer lassen, um den gespeicherten Schlüssel zu behalten</translation>
    </message>
    <message>
        <source>sk-ant-admin01-…</source>
        <translation>sk-ant-admin01-…</translation>
    </message>
    <message>
        <source>Environment variable holding the admin key</source>
        <translation>Umgebungsvariable mit dem Admin-Schlüssel</translation>
    </message>
    <message>
        <source>e.g. DEVFACTORY_ADMIN_KEY</source>
        <translation>z. B. DEVFACTORY_ADMIN_KEY</translation>
    </message>
    <message>
        <source>The admin key is stored in the OS keychain only, never in the config file or the application settings.</source>
        <translation>Der Admin-Schlüssel wird nur im Schlüsselbund des Systems gespeichert, nie in der Konfigurationsdatei oder den Programmeinstellungen.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>API-&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Admin key &amp;source:</source>
        <translation>&amp;Herkunft des Admin-Schlüssels:</translation>
    </message>
</context>
<context>
    <name>tieout::ui::BusinessUnitFilter</name>
    <message>
        <source>All business units</source>
        <translation>Alle Geschäftsbereiche</translation>
    </message>
    <message>
        <source>%1 business units</source>
        <translation>%1 Geschäftsbereiche</translation>
    </message>
    <message>
        <source>Showing every business unit. Click to pick some.</source>
        <translation>Alle Geschäftsbereiche werden angezeigt. Klicken, um einzelne auszuwählen.</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Angezeigt: %1</translation>
    </message>
    <message>
        <source>Business units shown: %1</source>
        <translation>Angezeigte Geschäftsbereiche: %1</translation>
    </message>
</context>
<context>
    <name>tieout::ui::BusinessUnitsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API-Basis-URL</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Admin-Schlüssel</translation>
    </message>
    <message>
        <source>OS keychain: %1</source>
        <translation>Schlüsselbund des Systems: %1</translation>
    </message>
    <message>
        <source>Environment variable: %1</source>
        <translation>Umgebungsvariable: %1</translation>
    </message>
</context>
<context>
    <name>tieout::ui::BusinessUnitsTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Business units</source>
        <translation>Geschäftsbereiche</translation>
    </message>
    <message>
        <source>Fetch yesterday&apos;s cost report for the selected business unit (read-only).</source>
        <translation>Den gestrigen Kostenbericht des ausgewählten Geschäftsbereichs abrufen (nur lesend).</translation>
    </message>
    <message>
        <source>Saving the admin key of %1 in the OS keychain…</source>
        <translation>Der Admin-Schlüssel von %1 wird im Schlüsselbund des Systems gespeichert …</translation>
    </message>
    <message>
        <source>Admin key not saved</source>
        <translation>Admin-Schlüssel nicht gespeichert</translation>
    </message>
    <message>
        <source>Business unit %1 updated. Save to write the config file.</source>
        <translation>Geschäftsbereich %1 aktualisiert. Speichern schreibt die Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>The admin key of %1 is in the OS keychain. Save to write the config file.</source>
        <translation>Der Admin-Schlüssel von %1 liegt im Schlüsselbund des Systems. Speichern schreibt die Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>Business unit %1 removed. Save to write the config file.</source>
        <translation>Geschäftsbereich %1 entfernt. Speichern schreibt die Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>Testing %1: fetching one day of the cost report…</source>
        <translation>%1 wird getestet: Ein Tag des Kostenberichts wird abgerufen …</translation>
    </message>
    <message>
        <source>%1: connection failed for %2.
%3</source>
        <translation>%1: Verbindung für %2 fehlgeschlagen.
%3</translation>
    </message>
    <message>
        <source>%1: connected. The API served %2: %3 cost lines, billed %4.</source>
        <translation>%1: verbunden. Die API lieferte %2: %3 Kostenzeilen, abgerechnet %4.</translation>
    </message>
    <message>
        <source>Connection to %1 works.</source>
        <translation>Die Verbindung zu %1 funktioniert.</translation>
    </message>
</context>
<context>
    <name>tieout::ui::ComparisonChart</name>
    <message>
        <source>List price</source>
        <translation>Listenpreis</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <source>List ÷ billed (right axis)</source>
        <translation>Verhältnis (rechte Achse)</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <source>%1 — %2: %3 USD</source>
        <translation>%1 – %2: %3 USD</translation>
    </message>
    <message>
        <source>%1 — list ÷ billed: %2</source>
        <translation>%1 – Liste ÷ abgerechnet: %2</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Diagramm als PNG speichern …</translation>
    </message>
    <message>
        <source>No data for this selection</source>
        <translation>Keine Daten für diese Auswahl</translation>
    </message>
</context>
<context>
    <name>tieout::ui::ConfirmReplaceDialog</name>
    <message>
        <source>Replace stored data?</source>
        <translation>Gespeicherte Daten ersetzen?</translation>
    </message>
    <message>
        <source>Executing replaces the stored data of every window below with what the Admin API returns now. Each window is replaced in one transaction; windows not listed are not touched.</source>
        <translation>Das Ausführen ersetzt die gespeicherten Daten jedes unten genannten Fensters durch das, was die Admin API jetzt liefert. Jedes Fenster wird in einer Transaktion ersetzt; nicht genannte Fenster bleiben unberührt.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Business units:</source>
        <translation>Geschäftsbereiche:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Months:</source>
        <translation>Monate:</translation>
    </message>
    <message>
        <source>%1 (%2 months)</source>
        <translation>%1 (%2 Monate)</translation>
    </message>
    <message>
        <source>Windows:</source>
        <translation>Fenster:</translation>
    </message>
    <message>
        <source>%1, of which %2 with changes</source>
        <translation>%1, davon %2 mit Änderungen</translation>
    </message>
    <message>
        <source>Rows to delete:</source>
        <translation>Zu löschende Zeilen:</translation>
    </message>
    <message>
        <source>Rows to insert:</source>
        <translation>Einzufügende Zeilen:</translation>
    </message>
    <message>
        <source>Rows that differ:</source>
        <translation>Abweichende Zeilen:</translation>
    </message>
    <message>
        <source>%1 removed, %2 added</source>
        <translation>%1 entfernt, %2 hinzugekommen</translation>
    </message>
    <message>
        <source>Billed:</source>
        <translation>Abgerechnet:</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Preview taken:</source>
        <translation>Vorschau erstellt:</translation>
    </message>
    <message>
        <source>To confirm, type %1 below.</source>
        <translation>Geben Sie zur Bestätigung unten %1 ein.</translation>
    </message>
    <message>
        <source>Confirmation phrase</source>
        <translation>Bestätigungstext</translation>
    </message>
    <message>
        <source>Type %1 to enable the replace button</source>
        <translation>Geben Sie %1 ein, um die Schaltfläche „Ersetzen“ freizugeben</translation>
    </message>
    <message>
        <source>Replace 1 window</source>
        <translation>1 Fenster ersetzen</translation>
    </message>
    <message>
        <source>Replace %1 windows</source>
        <translation>%1 Fenster ersetzen</translation>
    </message>
    <message>
        <source>%1 (1 month)</source>
        <translation>%1 (1 Monat)</translation>
    </message>
</context>
<context>
    <name>tieout::ui::CoverageModel</name>
    <message>
        <source>fetched with rows</source>
        <translation>mit Zeilen abgerufen</translation>
    </message>
    <message>
        <source>fetched, no rows</source>
        <translation>abgerufen, keine Zeilen</translation>
    </message>
    <message>
        <source>partly fetched</source>
        <translation>teilweise abgerufen</translation>
    </message>
    <message>
        <source>never fetched</source>
        <translation>nie abgerufen</translation>
    </message>
    <message>
        <source>not due yet</source>
        <translation>noch nicht fällig</translation>
    </message>
    <message>
        <source>Cost report</source>
        <translation>Kostenbericht</translation>
    </message>
    <message>
        <source>Usage (messages)</source>
        <translation>Nutzung (Messages)</translation>
    </message>
    <message>
        <source>Claude Code usage</source>
        <translation>Claude-Code-Nutzung</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 rows, fetched %3 UTC</source>
        <translation>%1: %2 Zeilen, abgerufen %3 UTC</translation>
    </message>
    <message>
        <source>%1: never fetched</source>
        <translation>%1: nie abgerufen</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 over the whole range: %2 fetched with rows, %3 fetched empty, %4 partly fetched, %5 never fetched</source>
        <translation>%1 im ganzen Zeitraum: %2 mit Zeilen abgerufen, %3 leer abgerufen, %4 teilweise abgerufen, %5 nie abgerufen</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>tieout::ui::DataHealthPage</name>
    <message>
        <source>Is the stored data complete and consistent? Coverage, duplicates and restatements.</source>
        <translation>Sind die gespeicherten Daten vollständig und stimmig? Abdeckung, Duplikate und nachträgliche Korrekturen.</translation>
    </message>
    <message>
        <source>Data health</source>
        <translation>Datenzustand</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Completeness per business unit and day</source>
        <translation>Vollständigkeit je Geschäftsbereich und Tag</translation>
    </message>
    <message>
        <source>Duplicate rows per table</source>
        <translation>Doppelte Zeilen je Tabelle</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Offending rows</source>
        <translation>Betroffene Zeilen</translation>
    </message>
    <message>
        <source>Table and grain</source>
        <translation>Tabelle und Granularität</translation>
    </message>
    <message>
        <source>&amp;Duplicates</source>
        <translation>&amp;Duplikate</translation>
    </message>
    <message>
        <source>Revisions found by sync</source>
        <translation>Von der Synchronisierung gefundene Revisionen</translation>
    </message>
    <message>
        <source>Re&amp;visions</source>
        <translation>Re&amp;visionen</translation>
    </message>
    <message>
        <source>Last fetch per business unit</source>
        <translation>Letzter Abruf je Geschäftsbereich</translation>
    </message>
    <message>
        <source>&amp;Last fetch</source>
        <translation>&amp;Letzter Abruf</translation>
    </message>
    <message>
        <source>Recent writes</source>
        <translation>Letzte Schreibvorgänge</translation>
    </message>
    <message>
        <source>Recent &amp;writes</source>
        <translation>Letzte &amp;Schreibvorgänge</translation>
    </message>
    <message>
        <source>Waiting for the database…</source>
        <translation>Warten auf die Datenbank …</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>Erster Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Read the coverage, duplicates and revisions again (F5).</source>
        <translation>Abdeckung, Duplikate und Revisionen erneut lesen (F5).</translation>
    </message>
    <message>
        <source>Reading the store</source>
        <translation>Der Datenbestand wird gelesen</translation>
    </message>
    <message>
        <source>Hover a day for its endpoints and fetch times.</source>
        <translation>Mit der Maus über einem Tag: Endpunkte und Abrufzeiten.</translation>
    </message>
    <message>
        <source>Legend: %1</source>
        <translation>Legende: %1</translation>
    </message>
    <message>
        <source>No database is open: check the database in Settings.</source>
        <translation>Keine Datenbank geöffnet: Prüfen Sie die Datenbank in den Einstellungen.</translation>
    </message>
    <message>
        <source>The first month is after the last month.</source>
        <translation>Der erste Monat liegt nach dem letzten Monat.</translation>
    </message>
    <message>
        <source>Reading the store…</source>
        <translation>Der Datenbestand wird gelesen …</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>Der Datenbestand konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 business units: %2 days fetched with rows, %3 fetched empty, %4 partly fetched, %5 never fetched; %6 duplicate groups; %7 revisions.</source>
        <translation>%1 Geschäftsbereiche: %2 Tage mit Zeilen abgerufen, %3 leer abgerufen, %4 teilweise abgerufen, %5 nie abgerufen; %6 Duplikatgruppen; %7 Revisionen.</translation>
    </message>
    <message>
        <source>Re&amp;visions (%1)</source>
        <translation>Re&amp;visionen (%1)</translation>
    </message>
    <message>
        <source>no duplicates</source>
        <translation>keine Duplikate</translation>
    </message>
    <message>
        <source>duplicates found</source>
        <translation>Duplikate gefunden</translation>
    </message>
    <message>
        <source>%1=%2</source>
        <translation>%1=%2</translation>
    </message>
</context>
<context>
    <name>tieout::ui::DatabaseTab</name>
    <message>
        <source>Store in &amp;keychain</source>
        <translation>Im &amp;Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Choose an SQLite database file</source>
        <translation>Eine SQLite-Datenbankdatei wählen</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>PostgreSQL-Passwort</translation>
    </message>
    <message>
        <source>An SQLite file (sqlite:/path/tieout.sqlite) for one person, or a shared PostgreSQL database (postgresql://user@host:5432/dbname). The command line uses the same setting.</source>
        <translation>Eine SQLite-Datei (sqlite:/pfad/tieout.sqlite) für eine Person oder eine gemeinsame PostgreSQL-Datenbank (postgresql://benutzer@host:5432/dbname). Die Kommandozeile verwendet dieselbe Einstellung.</translation>
    </message>
    <message>
        <source>A PostgreSQL password never goes into the URL or the config file. Tieout reads it from TIEOUT_DB_PASSWORD or PGPASSWORD, or from the OS keychain.</source>
        <translation>Ein PostgreSQL-Passwort steht nie in der URL oder der Konfigurationsdatei. Tieout liest es aus TIEOUT_DB_PASSWORD oder PGPASSWORD oder aus dem Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>The default: %1</source>
        <translation>Der Standard: %1</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>SQLite-Datenbankdatei</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Enter the password first.</source>
        <translation>Geben Sie zuerst das Passwort ein.</translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation>Passwort nicht gespeichert</translation>
    </message>
    <message>
        <source>The password was not stored anywhere.

%1</source>
        <translation>Das Passwort wurde nirgends gespeichert.

%1</translation>
    </message>
    <message>
        <source>The password is in the OS keychain.</source>
        <translation>Das Passwort liegt im Schlüsselbund des Systems.</translation>
    </message>
</context>
<context>
    <name>tieout::ui::DrillDownPanel</name>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <source>&amp;Workspaces</source>
        <translation>A&amp;rbeitsbereiche</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>Sch&amp;lüssel</translation>
    </message>
    <message>
        <source>T&amp;okens</source>
        <translation>T&amp;oken</translation>
    </message>
    <message>
        <source>Drill-down by model</source>
        <translation>Aufschlüsselung nach Modell</translation>
    </message>
    <message>
        <source>Drill-down by workspace</source>
        <translation>Aufschlüsselung nach Arbeitsbereich</translation>
    </message>
    <message>
        <source>Drill-down by API key</source>
        <translation>Aufschlüsselung nach API-Schlüssel</translation>
    </message>
    <message>
        <source>Drill-down by token type</source>
        <translation>Aufschlüsselung nach Token-Art</translation>
    </message>
    <message>
        <source>Drill-down: select a row of the table.</source>
        <translation>Aufschlüsselung: Wählen Sie eine Zeile der Tabelle.</translation>
    </message>
    <message>
        <source>all business units</source>
        <translation>alle Geschäftsbereiche</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Drill-down: %1</source>
        <translation>Aufschlüsselung: %1</translation>
    </message>
    <message>
        <source>Brid&amp;ge</source>
        <translation>Überleitu&amp;ng</translation>
    </message>
</context>
<context>
    <name>tieout::ui::FigureTile</name>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
</context>
<context>
    <name>tieout::ui::HeadlineFigures</name>
    <message>
        <source>Billed (USD)</source>
        <translation>Abgerechnet (USD)</translation>
    </message>
    <message>
        <source>List price (USD)</source>
        <translation>Listenpreis (USD)</translation>
    </message>
    <message>
        <source>Difference (USD)</source>
        <translation>Differenz (USD)</translation>
    </message>
    <message>
        <source>List ÷ billed</source>
        <translation>Liste ÷ abgerechnet</translation>
    </message>
    <message>
        <source>Unpriced billed (USD)</source>
        <translation>Ohne Preis (USD)</translation>
    </message>
    <message>
        <source>Fallback (USD)</source>
        <translation>Ersatzstufen (USD)</translation>
    </message>
    <message>
        <source>Allocation tie-out (USD)</source>
        <translation>Verteilung (USD)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What Anthropic billed: the cost report, allocated to business units.</source>
        <translation>Was Anthropic abgerechnet hat: der Kostenbericht, auf Geschäftsbereiche verteilt.</translation>
    </message>
    <message>
        <source>Priced usage at list price. Models without a price are not included.</source>
        <translation>Bepreiste Nutzung zum Listenpreis. Modelle ohne Preis sind nicht enthalten.</translation>
    </message>
    <message>
        <source>List price minus billed. The bridge explains it.</source>
        <translation>Listenpreis abzüglich abgerechnet. Die Überleitung erklärt die Differenz.</translation>
    </message>
    <message>
        <source>List price ÷ (billed − unpriced billed): unpriced dollars have no list price to compare with.</source>
        <translation>Listenpreis ÷ (abgerechnet − ohne Preis abgerechnet): Dollar ohne Preis haben keinen Listenpreis zum Vergleich.</translation>
    </message>
    <message>
        <source>Billed dollars of models that match no price-book family.</source>
        <translation>Abgerechnete Dollar von Modellen, die zu keiner Familie der Preisliste passen.</translation>
    </message>
    <message>
        <source>Billed dollars placed by fallback tiers 1–3; tier 3 (unattributed) stays with the business unit that was billed.</source>
        <translation>Von den Ersatzstufen 1–3 verteilte abgerechnete Dollar; Stufe 3 (nicht zugeordnet) bleibt beim Geschäftsbereich, dem sie berechnet wurden.</translation>
    </message>
    <message>
        <source>Allocated minus billed over every cost cell: 0.00 when the allocation ties exactly, as it must.</source>
        <translation>Verteilt abzüglich abgerechnet über alle Kostenzellen: 0,00, wenn die Verteilung genau aufgeht, wie sie muss.</translation>
    </message>
    <message>
        <source>no credits</source>
        <translation>keine Gutschriften</translation>
    </message>
    <message>
        <source>credits %1</source>
        <translation>Gutschriften %1</translation>
    </message>
    <message>
        <source>priced usage only</source>
        <translation>nur bepreiste Nutzung</translation>
    </message>
    <message>
        <source>list − billed</source>
        <translation>Liste − abgerechnet</translation>
    </message>
    <message>
        <source>band %1–%2</source>
        <translation>Band %1–%2</translation>
    </message>
    <message>
        <source>every model priced</source>
        <translation>alle Modelle bepreist</translation>
    </message>
    <message>
        <source>unattributed %1</source>
        <translation>nicht zugeordnet %1</translation>
    </message>
    <message>
        <source>✓ allocated = billed</source>
        <translation>✓ verteilt = abgerechnet</translation>
    </message>
    <message>
        <source>✗ does not tie</source>
        <translation>✗ geht nicht auf</translation>
    </message>
    <message>
        <source>%1 model(s) unpriced</source>
        <translation>Modelle ohne Preis: %1</translation>
    </message>
    <message>
        <source>%1 tied</source>
        <translation>%1 stimmig</translation>
    </message>
    <message>
        <source>%1 warning</source>
        <translation>%1 Warnung</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>no rows</source>
        <translation>keine Zeilen</translation>
    </message>
</context>
<context>
    <name>tieout::ui::KeyOverridesModel</name>
    <message>
        <source>API key id</source>
        <translation>API-Schlüssel-ID</translation>
    </message>
    <message>
        <source>Counts for business unit</source>
        <translation>Zählt für Geschäftsbereich</translation>
    </message>
</context>
<context>
    <name>tieout::ui::LastFetchModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Geschäftsbereich</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Last fetched</source>
        <translation>Zuletzt abgerufen</translation>
    </message>
    <message>
        <source>Latest day stored</source>
        <translation>Letzter gespeicherter Tag</translation>
    </message>
    <message>
        <source>Days of the range</source>
        <translation>Tage des Zeitraums</translation>
    </message>
</context>
<context>
    <name>tieout::ui::MainWindow</name>
    <message>
        <source>Tieout</source>
        <translation>Tieout</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Tieout</source>
        <translation>&amp;Über Tieout</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Verwendete Datenbank</translation>
    </message>
    <message>
        <source>no database opened yet</source>
        <translation>noch keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>About Tieout</source>
        <translation>Über Tieout</translation>
    </message>
    <message>
        <source>Tieout %1

Ties Anthropic usage at list price out against what was billed, per month, business unit and model.</source>
        <translation>Tieout %1

Gleicht die Anthropic-Nutzung zum Listenpreis mit der Abrechnung ab, je Monat, Geschäftsbereich und Modell.</translation>
    </message>
</context>
<context>
    <name>tieout::ui::OverridesTab</name>
    <message>
        <source>Key to business unit overrides</source>
        <translation>Zuordnungen von Schlüsseln zu Geschäftsbereichen</translation>
    </message>
    <message>
        <source>Usage of an API key counts for the business unit named here, whichever business unit&apos;s admin key fetched it. The business unit does not have to be configured.</source>
        <translation>Die Nutzung eines API-Schlüssels zählt für den hier genannten Geschäftsbereich, unabhängig davon, mit wessen Admin-Schlüssel sie abgerufen wurde. Der Geschäftsbereich muss nicht eingerichtet sein.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Add override</source>
        <translation>Zuordnung hinzufügen</translation>
    </message>
    <message>
        <source>Remove override</source>
        <translation>Zuordnung entfernen</translation>
    </message>
</context>
<context>
    <name>tieout::ui::PriceBookModel</name>
    <message>
        <source>User</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Mitgeliefert</translation>
    </message>
    <message>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>USD per million tokens</source>
        <translation>USD je Million Token</translation>
    </message>
    <message>
        <source>First day the entry no longer applies</source>
        <translation>Erster Tag, an dem der Eintrag nicht mehr gilt</translation>
    </message>
    <message>
        <source>Model family</source>
        <translation>Modellfamilie</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Cache write 5m</source>
        <translation>Cache schreiben 5 Min.</translation>
    </message>
    <message>
        <source>Cache write 1h</source>
        <translation>Cache schreiben 1 Std.</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>Cache lesen</translation>
    </message>
    <message>
        <source>Input &gt;200k</source>
        <translation>Eingabe &gt;200k</translation>
    </message>
    <message>
        <source>Output &gt;200k</source>
        <translation>Ausgabe &gt;200k</translation>
    </message>
</context>
<context>
    <name>tieout::ui::PriceBookTab</name>
    <message>
        <source>Price book entries</source>
        <translation>Einträge der Preisliste</translation>
    </message>
    <message>
        <source>List prices in USD per million tokens. Shipped entries are the public list prices; your entries win on the days they cover. A model that matches no family is reported as unpriced, never as $0.</source>
        <translation>Listenpreise in USD je Million Token. Mitgelieferte Einträge sind die öffentlichen Listenpreise; Ihre eigenen Einträge gehen an den Tagen vor, die sie abdecken. Ein Modell ohne passende Familie wird als „ohne Preis“ ausgewiesen, nie mit 0 $.</translation>
    </message>
    <message>
        <source>&amp;Add entry…</source>
        <translation>Eintrag &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Your entries are stored in the database, so the command line and everyone sharing the database price with them too.</source>
        <translation>Ihre Einträge werden in der Datenbank gespeichert, sodass auch die Kommandozeile und alle, die die Datenbank teilen, damit rechnen.</translation>
    </message>
    <message>
        <source>The price book could not be loaded: %1</source>
        <translation>Die Preisliste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No database is open: showing the shipped prices only.</source>
        <translation>Keine Datenbank geöffnet: Es werden nur die mitgelieferten Preise gezeigt.</translation>
    </message>
    <message>
        <source>The price entry was not stored: %1</source>
        <translation>Der Preiseintrag wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Price entry for %1 stored in the database.</source>
        <translation>Preiseintrag für %1 in der Datenbank gespeichert.</translation>
    </message>
</context>
<context>
    <name>tieout::ui::PriceEntryDialog</name>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>Cache lesen</translation>
    </message>
    <message>
        <source>Cache write 5m</source>
        <translation>Cache schreiben 5 Min.</translation>
    </message>
    <message>
        <source>Cache write 1h</source>
        <translation>Cache schreiben 1 Std.</translation>
    </message>
    <message>
        <source>Long context (200k–1M)</source>
        <translation>Langer Kontext (200k–1M)</translation>
    </message>
    <message>
        <source>Add price entry</source>
        <translation>Preiseintrag hinzufügen</translation>
    </message>
    <message>
        <source>Model family</source>
        <translation>Modellfamilie</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, empty = always</source>
        <translation>JJJJ-MM-TT, leer = immer</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, empty = open</source>
        <translation>JJJJ-MM-TT, leer = offen</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>In force until (exclusive)</source>
        <translation>Gültig bis (ausschließlich)</translation>
    </message>
    <message>
        <source>Model &amp;family:</source>
        <translation>Modell&amp;familie:</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>Gültig &amp;ab:</translation>
    </message>
    <message>
        <source>&amp;Until (exclusive):</source>
        <translation>Gültig &amp;bis (ausschließlich):</translation>
    </message>
    <message>
        <source>USD per million tokens</source>
        <translation>USD je Million Token</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>%1, standard</source>
        <translation>%1, Standard</translation>
    </message>
    <message>
        <source>%1, long context</source>
        <translation>%1, langer Kontext</translation>
    </message>
    <message>
        <source>Enter the model family, e.g. claude-sonnet-4-5.</source>
        <translation>Geben Sie die Modellfamilie ein, z. B. claude-sonnet-4-5.</translation>
    </message>
    <message>
        <source>%1 is not a date like 2025-07-01.</source>
        <translation>%1 ist kein Datum wie 2025-07-01.</translation>
    </message>
    <message>
        <source>The end date must be after the start date.</source>
        <translation>Das Enddatum muss nach dem Anfangsdatum liegen.</translation>
    </message>
    <message>
        <source>%1: enter a price in USD per million tokens, e.g. 3.75.</source>
        <translation>%1: Geben Sie einen Preis in USD je Million Token ein, z. B. 3,75.</translation>
    </message>
</context>
<context>
    <name>tieout::ui::ReconTableModel</name>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>no ratio</source>
        <translation>kein Verhältnis</translation>
    </message>
    <message>
        <source>List price minus billed, of the printed amounts.</source>
        <translation>Listenpreis abzüglich abgerechnet, aus den ausgewiesenen Beträgen.</translation>
    </message>
    <message>
        <source>No ratio: nothing priced was billed.</source>
        <translation>Kein Verhältnis: Es wurde nichts Bepreistes abgerechnet.</translation>
    </message>
    <message>
        <source>List price ÷ (billed − unpriced billed), from exact amounts.</source>
        <translation>Listenpreis ÷ (abgerechnet − ohne Preis abgerechnet), aus exakten Beträgen.</translation>
    </message>
    <message>
        <source>Billed dollars of models that have no list price: they are not in the list price.</source>
        <translation>Abgerechnete Dollar von Modellen ohne Listenpreis: Sie sind im Listenpreis nicht enthalten.</translation>
    </message>
    <message>
        <source>Billed dollars placed by a fallback tier (1–3), including unattributed dollars.</source>
        <translation>Von einer Ersatzstufe (1–3) verteilte abgerechnete Dollar, einschließlich nicht zugeordneter.</translation>
    </message>
    <message>
        <source>The month&apos;s total over the business units shown; the rows add up to it exactly.</source>
        <translation>Die Monatssumme über die angezeigten Geschäftsbereiche; die Zeilen ergeben sie genau.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Geschäftsbereich</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Listenpreis</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <source>Unpriced</source>
        <translation>Ohne Preis</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Ersatzstufen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Billed dollars (USD), allocated to the business unit.</source>
        <translation>Abgerechnete Dollar (USD), dem Geschäftsbereich zugeordnet.</translation>
    </message>
    <message>
        <source>List price of priced usage (USD).</source>
        <translation>Listenpreis der bepreisten Nutzung (USD).</translation>
    </message>
    <message>
        <source>List price minus billed (USD).</source>
        <translation>Listenpreis abzüglich abgerechnet (USD).</translation>
    </message>
    <message>
        <source>List price ÷ (billed − unpriced billed).</source>
        <translation>Listenpreis ÷ (abgerechnet − ohne Preis abgerechnet).</translation>
    </message>
    <message>
        <source>Billed dollars of models without a list price (USD).</source>
        <translation>Abgerechnete Dollar von Modellen ohne Listenpreis (USD).</translation>
    </message>
    <message>
        <source>Billed dollars placed by fallback tiers 1–3 (USD).</source>
        <translation>Von den Ersatzstufen 1–3 verteilte abgerechnete Dollar (USD).</translation>
    </message>
    <message>
        <source>tied</source>
        <translation>stimmig</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed: the allocated dollars do not tie to what was billed.</source>
        <translation>Fehlgeschlagen: Die verteilten Dollar stimmen nicht mit der Abrechnung überein.</translation>
    </message>
    <message>
        <source>Failed: days never fetched for a business unit feeding this row: %1.</source>
        <translation>Fehlgeschlagen: Nie abgerufene Tage eines Geschäftsbereichs, der in diese Zeile einfließt: %1.</translation>
    </message>
    <message>
        <source>Warning: billed dollars of models without a list price.</source>
        <translation>Warnung: abgerechnete Dollar von Modellen ohne Listenpreis.</translation>
    </message>
    <message>
        <source>Warning: usage of models without a list price.</source>
        <translation>Warnung: Nutzung von Modellen ohne Listenpreis.</translation>
    </message>
    <message>
        <source>Warning: dollars placed by a fallback tier.</source>
        <translation>Warnung: von einer Ersatzstufe verteilte Dollar.</translation>
    </message>
    <message>
        <source>Warning: the list-to-billed ratio is outside the configured band.</source>
        <translation>Warnung: Das Verhältnis Liste zu abgerechnet liegt außerhalb des eingestellten Bands.</translation>
    </message>
    <message>
        <source>Warning: list price but nothing priced billed to compare with.</source>
        <translation>Warnung: Listenpreis, aber nichts Bepreistes abgerechnet, um zu vergleichen.</translation>
    </message>
    <message>
        <source>Tied: allocation ties, every day fetched, ratio inside the band.</source>
        <translation>Stimmig: Verteilung geht auf, jeder Tag abgerufen, Verhältnis im Band.</translation>
    </message>
</context>
<context>
    <name>tieout::ui::ReconTablePanel</name>
    <message>
        <source>Tie-out per month and business unit</source>
        <translation>Abgleich je Monat und Geschäftsbereich</translation>
    </message>
    <message>
        <source>Filter business units (Ctrl+F)</source>
        <translation>Geschäftsbereiche filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter business units</source>
        <translation>Geschäftsbereiche filtern</translation>
    </message>
    <message>
        <source>Show rows with status</source>
        <translation>Zeilen mit Status anzeigen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Month tot&amp;als</source>
        <translation>Monats&amp;summen</translation>
    </message>
</context>
<context>
    <name>tieout::ui::RevisionsModel</name>
    <message>
        <source>Business unit</source>
        <translation>Geschäftsbereich</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Billed before (USD)</source>
        <translation>Abgerechnet vorher (USD)</translation>
    </message>
    <message>
        <source>Billed after (USD)</source>
        <translation>Abgerechnet nachher (USD)</translation>
    </message>
    <message>
        <source>Tokens before</source>
        <translation>Token vorher</translation>
    </message>
    <message>
        <source>Tokens after</source>
        <translation>Token nachher</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
</context>
<context>
    <name>tieout::ui::SettingsController</name>
    <message>
        <source>Enter a name for the business unit.</source>
        <translation>Geben Sie einen Namen für den Geschäftsbereich ein.</translation>
    </message>
    <message>
        <source>The name must not start or end with spaces.</source>
        <translation>Der Name darf nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>There is already a business unit named %1.</source>
        <translation>Es gibt bereits einen Geschäftsbereich namens %1.</translation>
    </message>
    <message>
        <source>The API base URL must use https (plain http only to this computer: 127.0.0.1, ::1, localhost).</source>
        <translation>Die API-Basis-URL muss https verwenden (einfaches http nur zu diesem Computer: 127.0.0.1, ::1, localhost).</translation>
    </message>
    <message>
        <source>Enter the name of the environment variable that holds the admin key, e.g. DEVFACTORY_ADMIN_KEY.</source>
        <translation>Geben Sie den Namen der Umgebungsvariable mit dem Admin-Schlüssel ein, z. B. DEVFACTORY_ADMIN_KEY.</translation>
    </message>
    <message>
        <source>Enter the admin key: it is stored in the OS keychain.</source>
        <translation>Geben Sie den Admin-Schlüssel ein: Er wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The OS keychain is not available. The admin key was not stored anywhere.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar. Der Admin-Schlüssel wurde nirgends gespeichert.</translation>
    </message>
    <message>
        <source>The admin key could not be saved in the OS keychain, so it was not stored anywhere and business unit %1 was not changed.

%2</source>
        <translation>Der Admin-Schlüssel konnte nicht im Schlüsselbund des Systems gespeichert werden. Er wurde daher nirgends gespeichert, und der Geschäftsbereich %1 wurde nicht geändert.

%2</translation>
    </message>
    <message>
        <source>Only a PostgreSQL database takes a password.</source>
        <translation>Nur eine PostgreSQL-Datenbank hat ein Passwort.</translation>
    </message>
    <message>
        <source>The OS keychain is not available. The password was not stored anywhere.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar. Das Passwort wurde nirgends gespeichert.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>tieout::ui::SettingsPage</name>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Business units</source>
        <translation>&amp;Geschäftsbereiche</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Datenbank</translation>
    </message>
    <message>
        <source>&amp;Key overrides</source>
        <translation>Schlüssel-&amp;Zuordnungen</translation>
    </message>
    <message>
        <source>&amp;Price book</source>
        <translation>&amp;Preisliste</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <source>Load a config file into the form (not saved until Save).</source>
        <translation>Eine Konfigurationsdatei in das Formular laden (erst mit „Speichern“ gespeichert).</translation>
    </message>
    <message>
        <source>Write the form to a config file elsewhere. Admin keys are never in it.</source>
        <translation>Das Formular in eine andere Konfigurationsdatei schreiben. Admin-Schlüssel stehen nie darin.</translation>
    </message>
    <message>
        <source>Write the config file that Tieout and tieout-cli read (%1).</source>
        <translation>Die Konfigurationsdatei schreiben, die Tieout und tieout-cli lesen (%1).</translation>
    </message>
    <message>
        <source>Business units and their admin keys, the database, key overrides and the price book.</source>
        <translation>Geschäftsbereiche und ihre Admin-Schlüssel, die Datenbank, Schlüssel-Zuordnungen und die Preisliste.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The config file could not be read, so the form starts empty. Saving replaces the file.
%1</source>
        <translation>Die Konfigurationsdatei konnte nicht gelesen werden, daher ist das Formular leer. Speichern ersetzt die Datei.
%1</translation>
    </message>
    <message>
        <source>Config file: %1 (unsaved changes)</source>
        <translation>Konfigurationsdatei: %1 (ungespeicherte Änderungen)</translation>
    </message>
    <message>
        <source>Config file: %1</source>
        <translation>Konfigurationsdatei: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert in %1.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Import config file</source>
        <translation>Konfigurationsdatei importieren</translation>
    </message>
    <message>
        <source>Tieout config (*.json);;All files (*)</source>
        <translation>Tieout-Konfiguration (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>Imported %1. Review the settings, then Save.</source>
        <translation>%1 importiert. Prüfen Sie die Einstellungen und speichern Sie dann.</translation>
    </message>
    <message>
        <source>Export config file</source>
        <translation>Konfigurationsdatei exportieren</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportiert nach %1.</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Ungespeicherte Einstellungen</translation>
    </message>
    <message>
        <source>The settings have unsaved changes.</source>
        <translation>Die Einstellungen haben ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Open a database first: price entries are stored in it.</source>
        <translation>Öffnen Sie zuerst eine Datenbank: Preiseinträge werden darin gespeichert.</translation>
    </message>
</context>
<context>
    <name>tieout::ui::StoredPriceBook</name>
    <message>
        <source>No database is open: price entries are stored in the database.</source>
        <translation>Keine Datenbank geöffnet: Preiseinträge werden in der Datenbank gespeichert.</translation>
    </message>
</context>
<context>
    <name>tieout::ui::TieoutCharts</name>
    <message>
        <source>Month of the business-unit chart</source>
        <translation>Monat des Diagramms nach Geschäftsbereich</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern …</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image.</source>
        <translation>Dieses Diagramm als PNG-Bild speichern.</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>List price and billed per month</source>
        <translation>Listenpreis und abgerechnet je Monat</translation>
    </message>
    <message>
        <source>By business unit</source>
        <translation>Nach Geschäftsbereich</translation>
    </message>
    <message>
        <source>Mont&amp;h:</source>
        <translation>Mona&amp;t:</translation>
    </message>
</context>
<context>
    <name>tieout::ui::TieoutController</name>
    <message>
        <source>No database is open yet. The tie-out is computed once it is.</source>
        <translation>Noch ist keine Datenbank geöffnet. Der Abgleich wird berechnet, sobald sie es ist.</translation>
    </message>
    <message>
        <source>The first month is after the last month.</source>
        <translation>Der erste Monat liegt nach dem letzten Monat.</translation>
    </message>
</context>
<context>
    <name>tieout::ui::TieoutPage</name>
    <message>
        <source>List price against what Anthropic billed, per month and business unit.</source>
        <translation>Listenpreis gegenüber der Abrechnung von Anthropic, je Monat und Geschäftsbereich.</translation>
    </message>
    <message>
        <source>Tie-out</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>E&amp;xport CSV</source>
        <translation>CSV e&amp;xportieren</translation>
    </message>
    <message>
        <source>Waiting for the database…</source>
        <translation>Warten auf die Datenbank …</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>Erster Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Business units:</source>
        <translation>&amp;Geschäftsbereiche:</translation>
    </message>
    <message>
        <source>Reconcile the months again from the database (F5).</source>
        <translation>Die Monate erneut aus der Datenbank abgleichen (F5).</translation>
    </message>
    <message>
        <source>Write the months and business units shown to a CSV file.</source>
        <translation>Die angezeigten Monate und Geschäftsbereiche in eine CSV-Datei schreiben.</translation>
    </message>
    <message>
        <source>Computing the tie-out</source>
        <translation>Der Abgleich wird berechnet</translation>
    </message>
    <message>
        <source>No database is open: check the database in Settings.</source>
        <translation>Keine Datenbank geöffnet: Prüfen Sie die Datenbank in den Einstellungen.</translation>
    </message>
    <message>
        <source>The first month is after the last month.</source>
        <translation>Der erste Monat liegt nach dem letzten Monat.</translation>
    </message>
    <message>
        <source>Reconciling %1 – %2…</source>
        <translation>Abgleich %1 – %2 läuft …</translation>
    </message>
    <message>
        <source>Reconciled %1 – %2 in %3 ms: %4 cost lines, %5 usage rows.</source>
        <translation>%1 – %2 in %3 ms abgeglichen: %4 Kostenzeilen, %5 Nutzungszeilen.</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>Es gibt noch nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert …</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportiert nach %1.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation>Diagramm gespeichert unter %1.</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>Das Diagramm konnte nicht unter %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>tieout::ui::UnpricedBanner</name>
    <message>
        <source>Add a &amp;price…</source>
        <translation>&amp;Preis hinzufügen …</translation>
    </message>
    <message>
        <source>Model to price</source>
        <translation>Zu bepreisendes Modell</translation>
    </message>
    <message>
        <source>Open Settings › Price book with this model filled in.</source>
        <translation>Einstellungen › Preisliste mit diesem Modell öffnen.</translation>
    </message>
    <message>
        <source>%1 (billed %2 USD)</source>
        <translation>%1 (abgerechnet %2 USD)</translation>
    </message>
    <message>
        <source>No list price for: %1. Their billed dollars are reported as unpriced, not as $0, until a price is added.</source>
        <translation>Kein Listenpreis für: %1. Ihre abgerechneten Dollar werden als „ohne Preis“ ausgewiesen, nicht als 0 $, bis ein Preis hinzugefügt ist.</translation>
    </message>
</context>
</TS>
