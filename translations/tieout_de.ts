<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 USD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiOptions</name>
    <message>
        <source>Tieout: ties Anthropic usage at list price out against what was billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and save the config file FILE (default: $TIEOUT_CONFIG, then %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the database URL (sqlite:PATH or postgresql://user@host:port/db) instead of the config file&apos;s, for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language, e.g. de or en (default: $TIEOUT_LANG, then the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplaceConfirmation</name>
    <message>
        <source>REPLACE 1 WINDOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPLACE %1 WINDOWS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tieout::gui::GuiComposition</name>
    <message>
        <source>not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (opening…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not available: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tieout::ui::BackfillController</name>
    <message>
        <source>Business unit %1 is no longer configured: the plan was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings of business unit %1 changed: preview again before executing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is in progress: cancel it or wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one business unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a configured business unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: %1 windows, %2 to %3, for %4. No network, nothing written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a plan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open. Check the database in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execute needs a complete preview of the current plan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation did not match. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the window in progress completes or stays as it was; no new window starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify is not available yet: this build has no store checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execute: replacing %1 windows in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview (read-only): fetching %1 windows and comparing them with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not get the admin keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before any window started. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1 %2 (%3 days)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 windows done in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview complete. Nothing was written. Execute… replaces these windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview cancelled. Nothing was written; preview again to be able to execute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview incomplete. Nothing was written; fix the problem and preview again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execute cancelled. Finished windows are replaced; the others are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execute stopped at a failed window. Finished windows are replaced; the failed one and the rest are unchanged. A re-run converges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execute complete: %1 windows replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database changed: preview again before executing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MONTH %1 BU %2 failed: %3 (the window is unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MONTH %1 BU %2 done: fetched=%3 deleted=%4 inserted=%5 changed=-%6/+%7 billed_usd=%8-&gt;%9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MONTH %1 BU %2 previewed: stored=%3 fetched=%4 removed=%5 added=%6 billed_usd=%7-&gt;%8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tieout::ui::BackfillPage</name>
    <message>
        <source>Backfill windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backfill log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in or repair stored history: plan the month windows, preview what would change (read-only), then execute after confirming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backfill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to backfill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business units to backfill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all business units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select no business unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Business units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Execute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veri&amp;fy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the month windows per business unit. No network, nothing written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the windows read-only and compare them with the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the previewed windows in the database, after confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the window in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the read-only store checks over the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No business units are configured. Add them in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection changed: plan or preview again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execute cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: not open — check the database in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned %1 windows. Preview fetches them read-only; nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previewing (read-only)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executing: replacing windows one transaction at a time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview is incomplete, so Execute is not available. Preview again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: %1 windows, %2 rows to delete, %3 to insert (%4 removed, %5 added); billed %6 → %7. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executed: %1 of %2 windows replaced. Verify runs the store checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backfill running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backfill is running. Cancel it (it stops after the window in progress) and wait for it to finish before closing Tieout.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tieout::ui::BackfillWindowsModel</name>
    <message>
        <source>The month is not over: the window ends today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previewed: changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previewed: no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows the database holds for the window now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows the Admin API returned for the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows the window&apos;s transaction deletes (all stored rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows the window&apos;s transaction inserts (all fetched rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored rows that are not in the fetched data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched rows that are not stored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed after minus billed before, in USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed before (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed after (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change (USD)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tieout::ui::BusinessUnitDialog</name>
    <message>
        <source>Admin &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Variable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit business unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add business unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business unit name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the admin key is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sk-ant-admin01-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable holding the admin key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. DEVFACTORY_ADMIN_KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin key is stored in the OS keychain only, never in the config file or the application settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin key &amp;source:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tieout::ui::BusinessUnitsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tieout::ui::BusinessUnitsTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch yesterday&apos;s cost report for the selected business unit (read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the admin key of %1 in the OS keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin key not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business unit %1 updated. Save to write the config file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin key of %1 is in the OS keychain. Save to write the config file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business unit %1 removed. Save to write the config file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1: fetching one day of the cost report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connection failed for %2.
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connected. The API served %2: %3 cost lines, billed %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to %1 works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tieout::ui::ConfirmReplaceDialog</name>
    <message>
        <source>Replace stored data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executing replaces the stored data of every window below with what the Admin API returns now. Each window is replaced in one transaction; windows not listed are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, of which %2 with changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to delete:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to insert:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that differ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed, %2 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type %1 below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to enable the replace button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace 1 window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1 windows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tieout::ui::DataHealthPage</name>
    <message>
        <source>Is the stored data complete and consistent? Coverage, duplicates and restatements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data health: coming next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completeness per business unit and day, duplicate rows, revisions found by sync, and when each business unit was last fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data health</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tieout::ui::DatabaseTab</name>
    <message>
        <source>Store in &amp;keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an SQLite database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SQLite file (sqlite:/path/tieout.sqlite) for one person, or a shared PostgreSQL database (postgresql://user@host:5432/dbname). The command line uses the same setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL password never goes into the URL or the config file. Tieout reads it from TIEOUT_DB_PASSWORD or PGPASSWORD, or from the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not stored anywhere.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tieout::ui::KeyOverridesModel</name>
    <message>
        <source>API key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts for business unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tieout::ui::MainWindow</name>
    <message>
        <source>Tieout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tieout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database opened yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tieout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tieout %1

Ties Anthropic usage at list price out against what was billed, per month, business unit and model.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tieout::ui::OverridesTab</name>
    <message>
        <source>Key to business unit overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage of an API key counts for the business unit named here, whichever business unit&apos;s admin key fetched it. The business unit does not have to be configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove override</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tieout::ui::PriceBookModel</name>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD per million tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day the entry no longer applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache write 5m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache write 1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input &gt;200k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output &gt;200k</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tieout::ui::PriceBookTab</name>
    <message>
        <source>Price book entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List prices in USD per million tokens. Shipped entries are the public list prices; your entries win on the days they cover. A model that matches no family is reported as unpriced, never as $0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price book could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price entry for %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tieout::ui::PriceEntryDialog</name>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache write 5m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache write 1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long context (200k–1M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add price entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, empty = always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, empty = open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force until (exclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model &amp;family:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until (exclusive):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD per million tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, long context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the model family, e.g. claude-sonnet-4-5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date like 2025-07-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date must be after the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter a price in USD per million tokens, e.g. 3.75.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tieout::ui::SettingsController</name>
    <message>
        <source>Enter a name for the business unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must not start or end with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a business unit named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base URL must use https (plain http only to this computer: 127.0.0.1, ::1, localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the environment variable that holds the admin key, e.g. DEVFACTORY_ADMIN_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the admin key: it is stored in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain is not available. The admin key was not stored anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin key could not be saved in the OS keychain, so it was not stored anywhere and business unit %1 was not changed.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a PostgreSQL database takes a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain is not available. The password was not stored anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tieout::ui::SettingsPage</name>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Business units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a config file into the form (not saved until Save).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the form to a config file elsewhere. Admin keys are never in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the config file that Tieout and tieout-cli read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business units and their admin keys, the database, key overrides and the price book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config file could not be read, so the form starts empty. Saving replaces the file.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config file: %1 (unsaved changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import config file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tieout config (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1. Review the settings, then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export config file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings have unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tieout::ui::TieoutPage</name>
    <message>
        <source>List price against what Anthropic billed, per month and business unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie-out report: coming next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed, list price, difference, ratio, unpriced and unattributed dollars per month and business unit, a chart of list price against billed, a drill-down by model, workspace, key and token type, and CSV export of what is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie-out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
