<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AbsenceDialog</name>
    <message>
        <location filename="../../ui/dialogs/absence.py" line="+83"/>
        <source>Mark absent</source>
        <translation>Mark absent</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The whole day</source>
        <translation>The whole day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a time to the end of the day</source>
        <translation>From a time to the end of the day</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. flight cancelled</source>
        <translation>e.g. flight cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark absent and re-plan</source>
        <translation>Mark absent and re-plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day:</source>
        <translation>Day:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Re-planning the rest of the day…</source>
        <translation>Re-planning the rest of the day…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept and publish</source>
        <translation>Accept and publish</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the absence</source>
        <translation>Remove the absence</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Who does not arrive: {name}</source>
        <translation>Who does not arrive: {name}</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>{name} absent from {since}. Nothing is stored until you accept. {people} other people&apos;s schedules change.</source>
        <translation>{name} absent from {since}. Nothing is stored until you accept. {people} other people&apos;s schedules change.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed from the waiting list</source>
        <translation>Placed from the waiting list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept, without the absent person</source>
        <translation>Kept, without the absent person</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>People affected ({count})</source>
        <translation>People affected ({count})</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing changed; nothing was published.</source>
        <translation>Nothing changed; nothing was published.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stored and published as version {number}.</source>
        <translation>Stored and published as version {number}.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Prepare updates for %n people…</source>
        <translation>
            <numerusform>Prepare updates for %n person…</numerusform>
            <numerusform>Prepare updates for %n people…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was re-planned; the absence stays marked.</source>
        <translation>Nothing was re-planned; the absence stays marked.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name} is no longer marked absent.</source>
        <translation>{name} is no longer marked absent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder for the updates</source>
        <translation>Folder for the updates</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Wrote {files} files for {people} people into {folder}.</source>
        <translation>Wrote {files} files for {people} people into {folder}.</translation>
    </message>
</context>
<context>
    <name>AmbiguousTimeBox</name>
    <message>
        <location filename="../../ui/programme/ambiguous.py" line="+23"/>
        <source>Which time?</source>
        <translation>Which time?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{time} (before the clocks go back)</source>
        <translation>{time} (before the clocks go back)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{time} (after)</source>
        <translation>{time} (after)</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../ui/b2b/table_day.py" line="+208"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
</context>
<context>
    <name>AvailabilityDialog</name>
    <message>
        <location filename="../../ui/widgets/day_timeline.py" line="+768"/>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
</context>
<context>
    <name>B2BGrid</name>
    <message>
        <location filename="../../ui/b2b/grid.py" line="+94"/>
        <source>{team} has {count} meetings at once (at most {capacity}).</source>
        <translation>{team} has {count} meetings at once (at most {capacity}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The interpreter {name} is in {count} meetings at once.</source>
        <translation>The interpreter {name} is in {count} meetings at once.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{team} is unavailable in this slot.</source>
        <translation>{team} is unavailable in this slot.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The interpreter {name} is unavailable in this slot.</source>
        <translation>The interpreter {name} is unavailable in this slot.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No longer on a slot or table of {session} (the session was changed): run the scheduler to place it again (unlock it first if it is locked).</source>
        <translation>No longer on a slot or table of {session} (the session was changed): run the scheduler to place it again (unlock it first if it is locked).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table {table} has {count} meetings in this slot.</source>
        <translation>Table {table} has {count} meetings in this slot.</translation>
    </message>
    <message>
        <location line="+198"/>
        <location line="+13"/>
        <source>Interpreter: {name}</source>
        <translation>Interpreter: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locked: the scheduler and moves leave it here.</source>
        <translation>Locked: the scheduler and moves leave it here.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <location line="+291"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark on the day</source>
        <translation>Mark on the day</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Note…</source>
        <translation>Note…</translation>
    </message>
</context>
<context>
    <name>B2BPage</name>
    <message>
        <location filename="../../ui/pages/b2b.py" line="+81"/>
        <location line="+359"/>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location line="-357"/>
        <source>A locked meeting stays where it is.</source>
        <translation>A locked meeting stays where it is.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a conflict to select its meeting (and lock or unlock it).</source>
        <translation>Select a conflict to select its meeting (and lock or unlock it).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The schedule</source>
        <translation>The schedule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The meeting requests</source>
        <translation>The meeting requests</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <location line="+201"/>
        <source>Conflicts: %n</source>
        <translation>
            <numerusform>Conflicts: %n</numerusform>
            <numerusform>Conflicts: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Schedule grid</source>
        <translation>Schedule grid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unscheduled requests</source>
        <translation>Unscheduled requests</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timelines</source>
        <translation>Timelines</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per table</source>
        <translation>Per table</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No B2B session yet: add one.</source>
        <translation>No B2B session yet: add one.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a B2B session…</source>
        <translation>Add a B2B session…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>B2B meetings</source>
        <translation>B2B meetings</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Move meeting “{name}”</source>
        <translation>Move meeting “{name}”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lock meeting “{name}”</source>
        <translation>Lock meeting “{name}”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock meeting “{name}”</source>
        <translation>Unlock meeting “{name}”</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Mark meeting “{name}”</source>
        <translation>Mark meeting “{name}”</translation>
    </message>
    <message numerus="yes">
        <location line="+142"/>
        <source>Unscheduled requests (%n)</source>
        <translation>
            <numerusform>Unscheduled requests (%n)</numerusform>
            <numerusform>Unscheduled requests (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not load: {reason}</source>
        <translation>Could not load: {reason}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>B2BReasons</name>
    <message>
        <location filename="../../ui/b2b/lists.py" line="+49"/>
        <source>{a} and {b} share no free slot</source>
        <translation>{a} and {b} share no free slot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no interpreter speaks both {a} and {b}</source>
        <translation>no interpreter speaks both {a} and {b}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no interpreter is free in the slots both are free</source>
        <translation>no interpreter is free in the slots both are free</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{a} already has its maximum of {count} meetings</source>
        <translation>{a} already has its maximum of {count} meetings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{a} is fully booked in the slots both are free</source>
        <translation>{a} is fully booked in the slots both are free</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no table is free in the slots both are free</source>
        <translation>no table is free in the slots both are free</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a higher-value set of meetings used the slots both are free</source>
        <translation>a higher-value set of meetings used the slots both are free</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the time limit was reached before a schedule meeting every requirement was found</source>
        <translation>the time limit was reached before a schedule meeting every requirement was found</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not scheduled yet: run the scheduler</source>
        <translation>not scheduled yet: run the scheduler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>requested or changed after the last run: run the scheduler again</source>
        <translation>requested or changed after the last run: run the scheduler again</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the last run placed it; it was taken out of the schedule since</source>
        <translation>the last run placed it; it was taken out of the schedule since</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <location filename="../../ui/requests/models.py" line="+123"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Japanese name</source>
        <translation>Japanese name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asks</source>
        <translation>Asks</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asked by</source>
        <translation>Asked by</translation>
    </message>
</context>
<context>
    <name>CheckInOutcome</name>
    <message>
        <location filename="../../ui/check_in/outcomes.py" line="+64"/>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already checked in at {time}</source>
        <translation>Already checked in at {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read twice: counted once</source>
        <translation>Read twice: counted once</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several people: pick one</source>
        <translation>Several people: pick one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in undone</source>
        <translation>Check-in undone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not undone</source>
        <translation>Not undone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown code</source>
        <translation>Unknown code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge of another mission</source>
        <translation>Badge of another mission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old badge</source>
        <translation>Old badge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreadable scan</source>
        <translation>Unreadable scan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing scanned</source>
        <translation>Nothing scanned</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No such name</source>
        <translation>No such name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter to check in</source>
        <translation>Enter to check in</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../../ui/pages/check_in.py" line="+115"/>
        <source>Scan a badge, or type a name and press Enter</source>
        <translation>Scan a badge, or type a name and press Enter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>↑ ↓ to choose, Enter to check in, Esc to close</source>
        <translation>↑ ↓ to choose, Enter to check in, Esc to close</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kiosk screen (F11)</source>
        <translation>Kiosk screen (F11)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show each answer full screen on a second screen facing the arrivals</source>
        <translation>Show each answer full screen on a second screen facing the arrivals</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Accept badges printed before the secret codes</source>
        <translation>Accept badges printed before the secret codes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Old badges carry a code anyone could make up (PONTE:mission:participant). Accept them only until every badge is reprinted.</source>
        <translation>Old badges carry a code anyone could make up (PONTE:mission:participant). Accept them only until every badge is reprinted.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Arrived / expected</source>
        <translation>Arrived / expected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrived at this desk</source>
        <translation>Arrived at this desk</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No mission open</source>
        <translation>No mission open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a mission first.</source>
        <translation>Open a mission first.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Could not check in: {reason}</source>
        <translation>Could not check in: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo check-in (Ctrl+Z)</source>
        <translation>Undo check-in (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo check-in of {name} (Ctrl+Z)</source>
        <translation>Undo check-in of {name} (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Could not load the counts: {reason}</source>
        <translation>Could not load the counts: {reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not change it: {reason}</source>
        <translation>Could not change it: {reason}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="+42"/>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you opened it</source>
        <translation>When you opened it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Save the chosen values</source>
        <translation>Save the chosen values</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is saved; the form keeps what you typed.</source>
        <translation>Nothing is saved; the form keeps what you typed.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{who} changed this record after you opened it. Nothing was saved yet: choose, for each field, which value to keep.</source>
        <translation>{who} changed this record after you opened it. Nothing was saved yet: choose, for each field, which value to keep.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone else changed this record after you opened it. Nothing was saved yet: choose, for each field, which value to keep.</source>
        <translation>Someone else changed this record after you opened it. Nothing was saved yet: choose, for each field, which value to keep.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Theirs ({who}, {when})</source>
        <translation>Theirs ({who}, {when})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theirs ({who})</source>
        <translation>Theirs ({who})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs (saved meanwhile)</source>
        <translation>Theirs (saved meanwhile)</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/dashboard/view.py" line="+94"/>
        <source>{held} of {scheduled} scheduled meetings</source>
        <translation>{held} of {scheduled} scheduled meetings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{concrete} of {answers} answers (each side answers for itself)</source>
        <translation>{concrete} of {answers} answers (each side answers for itself)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{done} done</source>
        <translation>{done} done</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Organisations: Turin {turin}, Nagoya {nagoya}</source>
        <translation>Organisations: Turin {turin}, Nagoya {nagoya}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Concrete follow-up</source>
        <translation>Concrete follow-up</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{answers} answers; {unanswered} held meetings not answered</source>
        <translation>{answers} answers; {unanswered} held meetings not answered</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{turin} × {nagoya}: {held} held of {scheduled} scheduled</source>
        <translation>{turin} × {nagoya}: {held} held of {scheduled} scheduled</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{meetings} meetings in {slots} slots available, {held} held</source>
        <translation>{meetings} meetings in {slots} slots available, {held} held</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="+106"/>
        <source>Write the report…</source>
        <translation>Write the report…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open the report</source>
        <translation>Open the report</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Could not read the figures: {reason}</source>
        <translation>Could not read the figures: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing scheduled yet</source>
        <translation>Nothing scheduled yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No outcomes recorded yet</source>
        <translation>No outcomes recorded yet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No meetings requested yet</source>
        <translation>No meetings requested yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No participants yet</source>
        <translation>No participants yet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No interpreters yet</source>
        <translation>No interpreters yet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No earlier mission to compare with</source>
        <translation>No earlier mission to compare with</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Written: {files}</source>
        <translation>Written: {files}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(nothing is scheduled yet: the meeting figures are zero)</source>
        <translation>(nothing is scheduled yet: the meeting figures are zero)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelled: no report was written.</source>
        <translation>Cancelled: no report was written.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not write the report: {reason}</source>
        <translation>Could not write the report: {reason}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/forms/date_fields.py" line="+205"/>
        <source>Choose in a calendar</source>
        <translation>Choose in a calendar</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Write a date, e.g. {0}.</source>
        <translation>Write a date, e.g. {0}.</translation>
    </message>
</context>
<context>
    <name>DayTimeline</name>
    <message>
        <location filename="../../ui/widgets/day_timeline.py" line="-389"/>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>break</source>
        <translation>break</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag across a day to add a time this person cannot meet; double-click a block to edit it, select it and press Delete to remove it.</source>
        <translation>Drag across a day to add a time this person cannot meet; double-click a block to edit it, select it and press Delete to remove it.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. plant visit, flight, break</source>
        <translation>e.g. plant visit, flight, break</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The time zone of the times typed in From and To</source>
        <translation>The time zone of the times typed in From and To</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+324"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="-322"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location line="+117"/>
        <location line="+159"/>
        <source>Add unavailability</source>
        <translation>Add unavailability</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Change unavailability</source>
        <translation>Change unavailability</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove unavailability</source>
        <translation>Remove unavailability</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Select a person to see their days.</source>
        <translation>Select a person to see their days.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: times they cannot meet, in {zone}</source>
        <translation>{name}: times they cannot meet, in {zone}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>DelegationsPanel</name>
    <message>
        <location filename="../../ui/setup/delegations_panel.py" line="+43"/>
        <source>Delegations</source>
        <translation>Delegations</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Turin side</source>
        <translation>Turin side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nagoya side</source>
        <translation>Nagoya side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As in English: {name}</source>
        <translation>As in English: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Turin delegation</source>
        <translation>e.g. Turin delegation</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+120"/>
        <source>Side:</source>
        <translation>Side:</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+117"/>
        <source>Name (English):</source>
        <translation>Name (English):</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+118"/>
        <source>Name (Italian):</source>
        <translation>Name (Italian):</translation>
    </message>
    <message>
        <location line="-118"/>
        <location line="+119"/>
        <source>Name (Japanese):</source>
        <translation>Name (Japanese):</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+118"/>
        <source>Head of delegation:</source>
        <translation>Head of delegation:</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+118"/>
        <source>Member organisations:</source>
        <translation>Member organisations:</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+118"/>
        <source>People assigned:</source>
        <translation>People assigned:</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+73"/>
        <source>New delegation</source>
        <translation>New delegation</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Save delegation</source>
        <translation>Save delegation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete delegation</source>
        <translation>Delete delegation</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Turin</source>
        <translation>Turin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nagoya</source>
        <translation>Nagoya</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delegation: {name}</source>
        <translation>Delegation: {name}</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>(no head yet)</source>
        <translation>(no head yet)</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../ui/pages/documents.py" line="+79"/>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal agendas</source>
        <translation>Personal agendas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation agendas</source>
        <translation>Organisation agendas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table sheets and master grid</source>
        <translation>Table sheets and master grid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (.ics)</source>
        <translation>Calendar files (.ics)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme booklet (two languages)</source>
        <translation>Programme booklet (two languages)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The participants selected below</source>
        <translation>The participants selected below</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter by name or organisation…</source>
        <translation>Filter by name or organisation…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>As the layout says</source>
        <translation>As the layout says</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in code</source>
        <translation>Check-in code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact card (vCard)</source>
        <translation>Contact card (vCard)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On a partly used sheet: the first free label.</source>
        <translation>On a partly used sheet: the first free label.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop marks</source>
        <translation>Crop marks</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+7"/>
        <source>Italian</source>
        <translation>Italian</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Japanese</source>
        <translation>Japanese</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make documents</source>
        <translation>Make documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Document:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For:</source>
        <translation>For:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layout:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QR code:</source>
        <translation>QR code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start at label:</source>
        <translation>Start at label:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Master grid paper:</source>
        <translation>Master grid paper:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns:</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Made:</source>
        <translation>Made:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This layout prints one badge on each sheet, the size of the sheet: there is nothing to cut, so no crop marks.</source>
        <translation>This layout prints one badge on each sheet, the size of the sheet: there is nothing to cut, so no crop marks.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Folder for the documents</source>
        <translation>Folder for the documents</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open a mission first.</source>
        <translation>Open a mission first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a folder for the documents.</source>
        <translation>Choose a folder for the documents.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select at least one participant, or choose Everyone.</source>
        <translation>Select at least one participant, or choose Everyone.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Reading the mission…</source>
        <translation>Reading the mission…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Making the documents…</source>
        <translation>Making the documents…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%v of %m</source>
        <translation>%v of %m</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Made %n document(s) in {folder}.</source>
        <translation>
            <numerusform>Made %n document in {folder}.</numerusform>
            <numerusform>Made %n documents in {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled. {detail}</source>
        <translation>Cancelled. {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not make the documents: {reason}</source>
        <translation>Could not make the documents: {reason}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot show {name} here.</source>
        <translation>Cannot show {name} here.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="+37"/>
        <source>Suspected duplicates</source>
        <translation>Suspected duplicates</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the selected one, merge the others into it</source>
        <translation>Keep the selected one, merge the others into it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These participants look like the same person. Choose the record to keep: the others of its group are merged into it (their meetings, availability and sent log move to it, their details fill its empty fields) and deleted.</source>
        <translation>These participants look like the same person. Choose the record to keep: the others of its group are merged into it (their meetings, availability and sent log move to it, their details fill its empty fields) and deleted.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>same e-mail</source>
        <translation>same e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name and organisation</source>
        <translation>same name and organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name, family and given swapped</source>
        <translation>same name, family and given swapped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name in kana</source>
        <translation>same name in kana</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Group {n}: {reasons}</source>
        <translation>Group {n}: {reasons}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No suspected duplicates in this mission.</source>
        <translation>No suspected duplicates in this mission.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Merge participants</source>
        <translation>Merge participants</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Merge %n participant(s) into participant {keep}? This cannot be undone.</source>
        <translation>
            <numerusform>Merge %n participant into participant {keep}? This cannot be undone.</numerusform>
            <numerusform>Merge %n participants into participant {keep}? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Merged.</source>
        <translation>Merged.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not merge: {reason}</source>
        <translation>Could not merge: {reason}</translation>
    </message>
</context>
<context>
    <name>ErasureFollowUp</name>
    <message>
        <location filename="../../ui/erasure_follow_up.py" line="+64"/>
        <source>After the erasure</source>
        <translation>After the erasure</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Finish erasure</source>
        <translation>&amp;Finish erasure</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Look in another folder…</source>
        <translation>&amp;Look in another folder…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete the checked files</source>
        <translation>&amp;Delete the checked files</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Finishing the erasure…</source>
        <translation>Finishing the erasure…</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n file(s) Ponte made before still name the erased people. Delete them, or keep those you must keep.</source>
        <translation>
            <numerusform>%n file Ponte made before still names the erased people. Delete it, or keep it if you must.</numerusform>
            <numerusform>%n files Ponte made before still name the erased people. Delete them, or keep those you must keep.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No file Ponte made before names the erased people.</source>
        <translation>No file Ponte made before names the erased people.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Deleted %n file(s).</source>
        <translation>
            <numerusform>Deleted %n file.</numerusform>
            <numerusform>Deleted %n files.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not delete: {files}</source>
        <translation>Could not delete: {files}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Look for files that name them in</source>
        <translation>Look for files that name them in</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Looking in {folder}…</source>
        <translation>Looking in {folder}…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n file(s) found there.</source>
        <translation>
            <numerusform>%n file found there.</numerusform>
            <numerusform>%n files found there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="+35"/>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong: {error}

What was saved is safe. Details: {log}</source>
        <translation>Something went wrong: {error}

What was saved is safe. Details: {log}</translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <location filename="../../ui/export_button.py" line="+32"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this table to an .xlsx or .csv file.</source>
        <translation>Write this table to an .xlsx or .csv file.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Exported %n row(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n row to {path}.</numerusform>
            <numerusform>Exported %n rows to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not export: {reason}</source>
        <translation>Could not export: {reason}</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../ui/outcomes/follow_ups.py" line="+149"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <location line="-99"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
</context>
<context>
    <name>FollowUpsWidget</name>
    <message>
        <location line="+118"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done / not done</source>
        <translation>Done / not done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Every organisation</source>
        <translation>Every organisation</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Add follow-up “{what}”</source>
        <translation>Add follow-up “{what}”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit follow-up “{what}”</source>
        <translation>Edit follow-up “{what}”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mark follow-up “{what}” done</source>
        <translation>Mark follow-up “{what}” done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark follow-up “{what}” not done</source>
        <translation>Mark follow-up “{what}” not done</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete follow-up “{what}”</source>
        <translation>Delete follow-up “{what}”</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export follow-ups</source>
        <translation>Export follow-ups</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheet (*.xlsx);;CSV (*.csv)</source>
        <translation>Spreadsheet (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Wrote %n follow-up(s) to {path}</source>
        <translation>
            <numerusform>Wrote %n follow-up to {path}</numerusform>
            <numerusform>Wrote %n follow-ups to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/history.py" line="+46"/>
        <source>History of the mission</source>
        <translation>History of the mission</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When (mission)</source>
        <translation>When (mission)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When (here)</source>
        <translation>When (here)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Every change to this mission, newest first: who made it and which fields it changed (never their values).</source>
        <translation>Every change to this mission, newest first: who made it and which fields it changed (never their values).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show older changes</source>
        <translation>Show older changes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>When ({zone})</source>
        <translation>When ({zone})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{shown} of {total} changes shown.</source>
        <translation>{shown} of {total} changes shown.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not read the history: {reason}</source>
        <translation>Could not read the history: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="+72"/>
        <source>Import from a spreadsheet</source>
        <translation>Import from a spreadsheet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a .xlsx or .csv file</source>
        <translation>a .xlsx or .csv file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guess from the headers</source>
        <translation>Guess from the headers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting requests</source>
        <translation>Meeting requests</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Availability (times a participant cannot meet)</source>
        <translation>Availability (times a participant cannot meet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interpreters</source>
        <translation>Interpreters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B2B sessions</source>
        <translation>B2B sessions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venues</source>
        <translation>Venues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegations</source>
        <translation>Delegations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome survey (filled forms)</source>
        <translation>Outcome survey (filled forms)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holds</source>
        <translation>Holds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import the rows without errors, leave the others</source>
        <translation>Import the rows without errors, leave the others</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Spreadsheet to import</source>
        <translation>Spreadsheet to import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets ({0})</source>
        <translation>Spreadsheets ({0})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n row(s) under the header; columns: {columns}.</source>
        <translation>
            <numerusform>%n row under the header; columns: {columns}.</numerusform>
            <numerusform>%n rows under the header; columns: {columns}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This file cannot be imported: {reason}</source>
        <translation>This file cannot be imported: {reason}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name (split into family and given name)</source>
        <translation>Full name (split into family and given name)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name (kanji)</source>
        <translation>Family name (kanji)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name (kanji)</source>
        <translation>Given name (kanji)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name (kanji)</source>
        <translation>Full name (kanji)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name (kana)</source>
        <translation>Family name (kana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name (kana)</source>
        <translation>Given name (kana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name (kana)</source>
        <translation>Full name (kana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation (Latin script)</source>
        <translation>Organisation (Latin script)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation (Japanese)</source>
        <translation>Organisation (Japanese)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation (kana)</source>
        <translation>Organisation (kana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival (not available before)</source>
        <translation>Arrival (not available before)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departure (not available after)</source>
        <translation>Departure (not available after)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (Japanese)</source>
        <translation>Title (Japanese)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document language</source>
        <translation>Document language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages spoken</source>
        <translation>Languages spoken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge category</source>
        <translation>Badge category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent (contact details on the badge)</source>
        <translation>Consent (contact details on the badge)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Latin script)</source>
        <translation>Name (Latin script)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Japanese)</source>
        <translation>Name (Japanese)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (kana)</source>
        <translation>Name (kana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation (Turin or Nagoya)</source>
        <translation>Delegation (Turin or Nagoya)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation&apos;s sectors</source>
        <translation>Organisation&apos;s sectors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile (Japanese)</source>
        <translation>Profile (Japanese)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most meetings</source>
        <translation>Most meetings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address (Japanese)</source>
        <translation>Address (Japanese)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Head of delegation</source>
        <translation>Head of delegation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member organisations</source>
        <translation>Member organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requesting organisation</source>
        <translation>Requesting organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested organisation</source>
        <translation>Requested organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No thanks (the pair must not meet)</source>
        <translation>No thanks (the pair must not meet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mandatory</source>
        <translation>Mandatory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Name (Italian)</source>
        <translation>Name (Italian)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slot length (minutes)</source>
        <translation>Slot length (minutes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks</source>
        <translation>Breaks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of tables</source>
        <translation>Number of tables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table names</source>
        <translation>Table names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegations taking part</source>
        <translation>Delegations taking part</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (Italian)</source>
        <translation>Title (Italian)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description (English)</source>
        <translation>Description (English)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description (Italian)</source>
        <translation>Description (Italian)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description (Japanese)</source>
        <translation>Description (Japanese)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For whom</source>
        <translation>For whom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting ref.</source>
        <translation>Meeting ref.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met with</source>
        <translation>Met with</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up: what</source>
        <translation>Follow-up: what</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up: by (date)</source>
        <translation>Follow-up: by (date)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up: who</source>
        <translation>Follow-up: who</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not imported: {columns}</source>
        <translation>Not imported: {columns}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Open a mission first.</source>
        <translation>Open a mission first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>changes: {fields}</source>
        <translation>changes: {fields}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New: {new}. Updated: {updated}. Unchanged: {same}. With errors: {errors}.</source>
        <translation>New: {new}. Updated: {updated}. Unchanged: {same}. With errors: {errors}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Correct the file and read it again, or import only the rows without errors.</source>
        <translation>Correct the file and read it again, or import only the rows without errors.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything in the file is already in the mission.</source>
        <translation>Everything in the file is already in the mission.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is written until you press Import.</source>
        <translation>Nothing is written until you press Import.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imported: {created} new, {updated} updated.</source>
        <translation>Imported: {created} new, {updated} updated.</translation>
    </message>
</context>
<context>
    <name>InterpreterForm</name>
    <message>
        <location filename="../../ui/forms/interpreter.py" line="+42"/>
        <location line="+55"/>
        <source>None ticked: works every session.</source>
        <translation>None ticked: works every session.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>e.g. it, ja, en (at least two)</source>
        <translation>e.g. it, ja, en (at least two)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name (Latin script)</source>
        <translation>Name (Latin script)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Name in kanji</source>
        <translation>Name in kanji</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading (kana)</source>
        <translation>Reading (kana)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name order</source>
        <translation>Name order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages spoken</source>
        <translation>Languages spoken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions worked</source>
        <translation>Sessions worked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents in</source>
        <translation>Documents in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The mission has no B2B session yet.</source>
        <translation>The mission has no B2B session yet.</translation>
    </message>
</context>
<context>
    <name>InterpreterTableModel</name>
    <message>
        <location filename="../../ui/models/interpreters.py" line="+26"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese name</source>
        <translation>Japanese name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in Latin script</source>
        <translation>Name in Latin script</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions worked</source>
        <translation>Sessions worked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unavailable</source>
        <translation>Unavailable</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>InterpretersPage</name>
    <message>
        <location filename="../../ui/pages/interpreters.py" line="+58"/>
        <source>Breaks and other times they cannot interpret</source>
        <translation>Breaks and other times they cannot interpret</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. break, lunch</source>
        <translation>e.g. break, lunch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interpreters</source>
        <translation>Interpreters</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New interpreter</source>
        <translation>New interpreter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an interpreter, or add one.</source>
        <translation>Select an interpreter, or add one.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add interpreter “{name}”</source>
        <translation>Add interpreter “{name}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit interpreter “{name}”</source>
        <translation>Edit interpreter “{name}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard your changes to “{name}”?</source>
        <translation>Discard your changes to “{name}”?</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Remove interpreter “{name}”?</source>
        <translation>Remove interpreter “{name}”?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their breaks go with them; their meetings stay, without an interpreter. You can undo this.</source>
        <translation>Their breaks go with them; their meetings stay, without an interpreter. You can undo this.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove interpreter “{name}”</source>
        <translation>Remove interpreter “{name}”</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <location filename="../../ui/programme/form.py" line="+136"/>
        <location line="+176"/>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location line="-171"/>
        <location line="+172"/>
        <source>Title (English):</source>
        <translation>Title (English):</translation>
    </message>
    <message>
        <location line="-171"/>
        <location line="+172"/>
        <source>Title (Italiano):</source>
        <translation>Title (Italiano):</translation>
    </message>
    <message>
        <location line="-171"/>
        <location line="+172"/>
        <source>Title (日本語):</source>
        <translation>Title (日本語):</translation>
    </message>
    <message>
        <location line="-167"/>
        <location line="+168"/>
        <source>Description (English):</source>
        <translation>Description (English):</translation>
    </message>
    <message>
        <location line="-164"/>
        <location line="+165"/>
        <source>Description (Italiano):</source>
        <translation>Description (Italiano):</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+162"/>
        <source>Description (日本語):</source>
        <translation>Description (日本語):</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+157"/>
        <source>Venue:</source>
        <translation>Venue:</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+156"/>
        <source>Time zone:</source>
        <translation>Time zone:</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Day:</source>
        <translation>Day:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+144"/>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>next day</source>
        <translation>next day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item ends after midnight.</source>
        <translation>The item ends after midnight.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+135"/>
        <source>End:</source>
        <translation>End:</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A delegation</source>
        <translation>A delegation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An organisation&apos;s delegates</source>
        <translation>An organisation&apos;s delegates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named participants</source>
        <translation>Named participants</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+109"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>For:</source>
        <translation>For:</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>No venue</source>
        <translation>No venue</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/models/labels.py" line="+25"/>
        <source>Turin</source>
        <translation>Turin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nagoya</source>
        <translation>Nagoya</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Automotive</source>
        <translation>Automotive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aerospace</source>
        <translation>Aerospace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Robotics</source>
        <translation>Robotics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machinery</source>
        <translation>Machinery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electronics</source>
        <translation>Electronics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green transition</source>
        <translation>Green transition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital</source>
        <translation>Digital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food</source>
        <translation>Food</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delegate</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press</source>
        <translation>Press</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Italian</source>
        <translation>Italian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese</source>
        <translation>Japanese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Family name first (TANAKA Hiroshi)</source>
        <translation>Family name first (TANAKA Hiroshi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name first (Mario Rossi)</source>
        <translation>Given name first (Mario Rossi)</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <location filename="../../ui/live_updates.py" line="+131"/>
        <source>another coordinator</source>
        <translation>another coordinator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated by {who} at {time}</source>
        <translation>Updated by {who} at {time}</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/mail_settings.py" line="+51"/>
        <source>Mail settings</source>
        <translation>Mail settings</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (usually port 587)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS (usually port 465)</source>
        <translation>TLS (usually port 465)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (only a server on this computer)</source>
        <translation>None (only a server on this computer)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty if the server needs no login</source>
        <translation>empty if the server needs no login</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the password in the system keyring</source>
        <translation>Keep the password in the system keyring</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kept in the system keyring</source>
        <translation>kept in the system keyring</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer has no system keyring: Ponte asks for the password.</source>
        <translation>This computer has no system keyring: Ponte asks for the password.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asked for at each sending</source>
        <translation>asked for at each sending</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the mission organiser&apos;s address</source>
        <translation>the mission organiser&apos;s address</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no pause</source>
        <translation>no pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> a minute</source>
        <translation> a minute</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>your address</source>
        <translation>your address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a test message</source>
        <translation>Send a test message</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pace</source>
        <translation>Pace</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Sending a test message to {address}…</source>
        <translation>Sending a test message to {address}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server accepted the test message: check the inbox.</source>
        <translation>The server accepted the test message: check the inbox.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The test message was not sent: {reason}</source>
        <translation>The test message was not sent: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+111"/>
        <location line="+473"/>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location line="-391"/>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mission:</source>
        <translation>Mission:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New mission…</source>
        <translation>&amp;New mission…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New mission</source>
        <translation>New mission</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;shared database…</source>
        <translation>Open &amp;shared database…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>&amp;Import from a spreadsheet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set-up &amp;workbook…</source>
        <translation>Set-up &amp;workbook…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspected &amp;duplicates…</source>
        <translation>Suspected &amp;duplicates…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History of the mission…</source>
        <translation>&amp;History of the mission…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Erase personal data of this mission…</source>
        <translation>&amp;Erase personal data of this mission…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Finish erasure</source>
        <translation>&amp;Finish erasure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clean the database file or server of erased people once the other program that held it has closed.</source>
        <translation>Clean the database file or server of erased people once the other program that held it has closed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore from a &amp;backup…</source>
        <translation>Restore from a &amp;backup…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Ponte</source>
        <translation>&amp;About Ponte</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+36"/>
        <source>No database open</source>
        <translation>No database open</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Database: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No missions yet — create one with New mission…</source>
        <translation>No missions yet — create one with New mission…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No mission open</source>
        <translation>No mission open</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} — {1}, {2}</source>
        <translation>{0} — {1}, {2}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0}, {1} to {2}, time zone {3}</source>
        <translation>{0}, {1} to {2}, time zone {3}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No recent databases</source>
        <translation>No recent databases</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Clear</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a database file first: its backups are listed.</source>
        <translation>Open a database file first: its backups are listed.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the newest good backup, {0}?</source>
        <translation>Restore the newest good backup, {0}?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a mission first: the import goes into it.</source>
        <translation>Open a mission first: the import goes into it.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Suspected duplicates</source>
        <translation>Suspected duplicates</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>History of the mission</source>
        <translation>History of the mission</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+12"/>
        <location line="+13"/>
        <source>Open a mission first.</source>
        <translation>Open a mission first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Erase personal data</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase every participant of {mission}: names, contacts, languages, availability and the sent log, also from the published versions? The organisations, the programme and the meetings stay. This cannot be undone.</source>
        <translation>Erase every participant of {mission}: names, contacts, languages, availability and the sent log, also from the published versions? The organisations, the programme and the meetings stay. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+5"/>
        <source>Finish erasure</source>
        <translation>Finish erasure</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Open a database first.</source>
        <translation>Open a database first.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ponte databases ({0})</source>
        <translation>Ponte databases ({0})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ponte databases ({0});;All files (*)</source>
        <translation>Ponte databases ({0});;All files (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the system language</source>
        <translation>the system language</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ponte will be shown in {0} the next time it starts.</source>
        <translation>Ponte will be shown in {0} the next time it starts.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Ponte</source>
        <translation>About Ponte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ponte {0}

Trade missions between the chambers of commerce of Turin and Nagoya: delegations, agenda, B2B meetings, badges and calendars.</source>
        <translation>Ponte {0}

Trade missions between the chambers of commerce of Turin and Nagoya: delegations, agenda, B2B meetings, badges and calendars.</translation>
    </message>
</context>
<context>
    <name>MeetingDetailsView</name>
    <message>
        <location filename="../../ui/b2b/details.py" line="+35"/>
        <source>Select a meeting to see its details.</source>
        <translation>Select a meeting to see its details.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Table {table} · {session}</source>
        <translation>Table {table} · {session}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interpreter: {name}</source>
        <translation>Interpreter: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No interpreter</source>
        <translation>No interpreter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nobody named yet</source>
        <translation>nobody named yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{organisation}: {people}</source>
        <translation>{organisation}: {people}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{requester} asked to meet {requested}, priority {priority} of 5, mandatory</source>
        <translation>{requester} asked to meet {requested}, priority {priority} of 5, mandatory</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{requester} asked to meet {requested}, priority {priority} of 5</source>
        <translation>{requester} asked to meet {requested}, priority {priority} of 5</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nobody asked for this meeting (placed by hand).</source>
        <translation>Nobody asked for this meeting (placed by hand).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked: the scheduler and moves leave it here.</source>
        <translation>Locked: the scheduler and moves leave it here.</translation>
    </message>
</context>
<context>
    <name>MeetingStatus</name>
    <message>
        <location filename="../../ui/b2b/status_marks.py" line="+62"/>
        <location line="+15"/>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+2"/>
        <source>{name} did not come</source>
        <translation>{name} did not come</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Neither came</source>
        <translation>Neither came</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A did not come</source>
        <translation>A did not come</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B did not come</source>
        <translation>B did not come</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled (late)</source>
        <translation>Cancelled (late)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to scheduled</source>
        <translation>Back to scheduled</translation>
    </message>
    <message>
        <location filename="../../ui/b2b/table_day.py" line="-130"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on “{meeting}” (at most {limit} characters):</source>
        <translation>Note on “{meeting}” (at most {limit} characters):</translation>
    </message>
</context>
<context>
    <name>MissionController</name>
    <message>
        <location filename="../../ui/mission_controller.py" line="+142"/>
        <location line="+202"/>
        <source>A sending is running</source>
        <translation>A sending is running</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Ponte is sending e-mails from the database that is open. Let it finish, or cancel it on the Publish page, then open the other database.</source>
        <translation>Ponte is sending e-mails from the database that is open. Let it finish, or cancel it on the Publish page, then open the other database.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Database not found</source>
        <translation>Database not found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} no longer exists; it was removed from the recent files.</source>
        <translation>{0} no longer exists; it was removed from the recent files.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>File already exists</source>
        <translation>File already exists</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} already exists. Choose another name, or use Open database… to open it.</source>
        <translation>{0} already exists. Choose another name, or use Open database… to open it.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The database was upgraded; a copy of the old one is at {0}</source>
        <translation>The database was upgraded; a copy of the old one is at {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mission not found</source>
        <translation>Mission not found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database has no mission {0}.</source>
        <translation>This database has no mission {0}.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n finished mission(s) still hold personal data past the retention time: {names}. Once the chambers&apos; report is done, erase it with File ▸ Erase personal data of this mission….</source>
        <translation>
            <numerusform>%n finished mission still holds personal data past the retention time: {names}. Once the chambers&apos; report is done, erase it with File ▸ Erase personal data of this mission….</numerusform>
            <numerusform>%n finished missions still hold personal data past the retention time: {names}. Once the chambers&apos; report is done, erase it with File ▸ Erase personal data of this mission….</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{0} asks for a password.</source>
        <translation>{0} asks for a password.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ponte could not open the database: {0}</source>
        <translation>Ponte could not open the database: {0}</translation>
    </message>
    <message>
        <location line="-137"/>
        <location line="+138"/>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ponte is sending e-mails from the database that is open. Let it finish, or cancel it on the Publish page, then restore the backup.</source>
        <translation>Ponte is sending e-mails from the database that is open. Let it finish, or cancel it on the Publish page, then restore the backup.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{0} was restored from {1}.</source>
        <translation>{0} was restored from {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} was restored from {1}; the file it replaced is kept as {2}.</source>
        <translation>{0} was restored from {1}; the file it replaced is kept as {2}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup was not restored: {0}</source>
        <translation>The backup was not restored: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot restore the backup</source>
        <translation>Cannot restore the backup</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No database open</source>
        <translation>No database open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open or create a database before creating a mission.</source>
        <translation>Open or create a database before creating a mission.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The mission was not created: {0}</source>
        <translation>The mission was not created: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot create the mission</source>
        <translation>Cannot create the mission</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
</context>
<context>
    <name>MissionForm</name>
    <message>
        <location filename="../../ui/setup/mission_form.py" line="+48"/>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As in English: {name}</source>
        <translation>As in English: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Torino → Nagoya, October 2027</source>
        <translation>e.g. Torino → Nagoya, October 2027</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name (&amp;English):</source>
        <translation>Name (&amp;English):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (&amp;Italian):</source>
        <translation>Name (&amp;Italian):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (&amp;Japanese):</source>
        <translation>Name (&amp;Japanese):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host &amp;city:</source>
        <translation>Host &amp;city:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Time zone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts on:</source>
        <translation>&amp;Starts on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends on:</source>
        <translation>&amp;Ends on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organiser:</source>
        <translation>&amp;Organiser:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save mission</source>
        <translation>Save mission</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo changes</source>
        <translation>Undo changes</translation>
    </message>
</context>
<context>
    <name>MissionPage</name>
    <message>
        <location filename="../../ui/pages/mission.py" line="+124"/>
        <source>What is missing next</source>
        <translation>What is missing next</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reuse a previous mission&apos;s set-up…</source>
        <translation>Reuse a previous mission&apos;s set-up…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No mission is open. Create one with File › New mission…</source>
        <translation>No mission is open. Create one with File › New mission…</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+305"/>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not saved: someone else changed the mission meanwhile. Your changes are still in the form; Save compares them again.</source>
        <translation>Not saved: someone else changed the mission meanwhile. Your changes are still in the form; Save compares them again.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Not saved: someone else changed this record meanwhile. Your changes are still in the form; Save compares them again.</source>
        <translation>Not saved: someone else changed this record meanwhile. Your changes are still in the form; Save compares them again.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete this venue and its travel times?</source>
        <translation>Delete this venue and its travel times?</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Delete this delegation? Its organisations and people stay, without one.</source>
        <translation>Delete this delegation? Its organisations and people stay, without one.</translation>
    </message>
</context>
<context>
    <name>NewMissionDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_mission.py" line="+45"/>
        <source>New mission</source>
        <translation>New mission</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Torino → Nagoya, October 2027</source>
        <translation>e.g. Torino → Nagoya, October 2027</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Torino → Nagoya, ottobre 2027</source>
        <translation>e.g. Torino → Nagoya, ottobre 2027</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. トリノ→名古屋 経済ミッション 2027年10月</source>
        <translation>e.g. トリノ→名古屋 経済ミッション 2027年10月</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Nagoya</source>
        <translation>e.g. Nagoya</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. Camera di commercio di Torino</source>
        <translation>e.g. Camera di commercio di Torino</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Italian name:</source>
        <translation>&amp;Italian name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Japanese name:</source>
        <translation>&amp;Japanese name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host &amp;city:</source>
        <translation>Host &amp;city:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Time zone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts on:</source>
        <translation>&amp;Starts on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends on:</source>
        <translation>&amp;Ends on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organiser:</source>
        <translation>&amp;Organiser:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create mission</source>
        <translation>Create mission</translation>
    </message>
</context>
<context>
    <name>OfflineActions</name>
    <message>
        <location filename="../../ui/offline_actions.py" line="+54"/>
        <source>&amp;Take this mission offline…</source>
        <translation>&amp;Take this mission offline…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Bring it back to the server…</source>
        <translation>&amp;Bring it back to the server…</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+25"/>
        <location line="+7"/>
        <source>Take this mission offline</source>
        <translation>Take this mission offline</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Open the mission on its shared database first: it is copied from there.</source>
        <translation>Open the mission on its shared database first: it is copied from there.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take this mission offline into</source>
        <translation>Take this mission offline into</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Taking the mission offline…</source>
        <translation>Taking the mission offline…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Open it now</source>
        <translation>&amp;Open it now</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <location line="+36"/>
        <location line="+19"/>
        <source>Bring it back to the server</source>
        <translation>Bring it back to the server</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Open a file that was taken offline from a server first.</source>
        <translation>Open a file that was taken offline from a server first.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bring the check-ins, meeting statuses and other changes made in this file back to {0}? Records changed on the server too are listed for you, not overwritten.</source>
        <translation>Bring the check-ins, meeting statuses and other changes made in this file back to {0}? Records changed on the server too are listed for you, not overwritten.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Bringing the mission back to the server…</source>
        <translation>Bringing the mission back to the server…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Password for {0}:</source>
        <translation>Password for {0}:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The server&apos;s values were kept; see the details to decide.</source>
        <translation>The server&apos;s values were kept; see the details to decide.</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <location filename="../../ui/forms/organisation.py" line="+32"/>
        <source>e.g. トヨタ自動車</source>
        <translation>e.g. トヨタ自動車</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. トヨタジドウシャ</source>
        <translation>e.g. トヨタジドウシャ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name (Latin script)</source>
        <translation>Name (Latin script)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Japanese</source>
        <translation>Name in Japanese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading (kana)</source>
        <translation>Reading (kana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile in Japanese</source>
        <translation>Profile in Japanese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most meetings</source>
        <translation>Most meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings at once</source>
        <translation>Meetings at once</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <location filename="../../ui/models/organisations.py" line="+22"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese name</source>
        <translation>Japanese name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in Latin script</source>
        <translation>Name in Latin script</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Delegation: {name}</source>
        <translation>Delegation: {name}</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../../ui/pages/organisations.py" line="+43"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an organisation, or add one.</source>
        <translation>Select an organisation, or add one.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add organisation “{name}”</source>
        <translation>Add organisation “{name}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit organisation “{name}”</source>
        <translation>Edit organisation “{name}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard your changes to “{name}”?</source>
        <translation>Discard your changes to “{name}”?</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Delete “{name}” and its %n participant(s)?</source>
        <translation>
            <numerusform>Delete “{name}” and its %n participant?</numerusform>
            <numerusform>Delete “{name}” and its %n participants?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Its %n meeting request(s) and their meetings go too.</source>
        <translation>
            <numerusform>Its %n meeting request and its meetings go too.</numerusform>
            <numerusform>Its %n meeting requests and their meetings go too.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can undo this.</source>
        <translation>You can undo this.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete organisation “{name}”</source>
        <translation>Delete organisation “{name}”</translation>
    </message>
</context>
<context>
    <name>OutcomeEntry</name>
    <message>
        <location filename="../../ui/outcomes/entry.py" line="+222"/>
        <source>Write survey forms…</source>
        <translation>Write survey forms…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One .xlsx per organisation, in its language, listing its held meetings.</source>
        <translation>One .xlsx per organisation, in its language, listing its held meetings.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import filled forms…</source>
        <translation>Import filled forms…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keys: {keys} · Delete clears · Enter note · Ctrl+Z undo</source>
        <translation>Keys: {keys} · Delete clears · Enter note · Ctrl+Z undo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No held meetings yet: mark meetings held on the B2B page.</source>
        <translation>No held meetings yet: mark meetings held on the B2B page.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Answered: {done} of {total}</source>
        <translation>Answered: {done} of {total}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This database is open for reading only.</source>
        <translation>This database is open for reading only.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Outcome of the meeting with “{name}”</source>
        <translation>Outcome of the meeting with “{name}”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the outcome first (keys 0–6), then the note.</source>
        <translation>Choose the outcome first (keys 0–6), then the note.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write survey forms</source>
        <translation>Write survey forms</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Wrote %n survey form(s) to {folder}</source>
        <translation>
            <numerusform>Wrote %n survey form to {folder}</numerusform>
            <numerusform>Wrote %n survey forms to {folder}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomesModel</name>
    <message>
        <location line="-332"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met with</source>
        <translation>Met with</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its answer (keys 0–6)</source>
        <translation>Its answer (keys 0–6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterpart&apos;s answer</source>
        <translation>Counterpart&apos;s answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterpart&apos;s note</source>
        <translation>Counterpart&apos;s note</translation>
    </message>
</context>
<context>
    <name>OutcomesPage</name>
    <message>
        <location filename="../../ui/pages/outcomes.py" line="+23"/>
        <location line="+6"/>
        <source>Outcomes</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
</context>
<context>
    <name>ParticipantChecklist</name>
    <message>
        <location filename="../../ui/programme/form.py" line="-211"/>
        <source>Search by name or organisation</source>
        <translation>Search by name or organisation</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n ticked</source>
        <translation>
            <numerusform>%n ticked</numerusform>
            <numerusform>%n ticked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <location filename="../../ui/forms/participant.py" line="+47"/>
        <source>e.g. 代表取締役社長</source>
        <translation>e.g. 代表取締役社長</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agreed to the use of their data</source>
        <translation>Agreed to the use of their data</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Without consent, their e-mail address and phone number are kept out of printed documents (no contact QR code on the badge). Their agenda is still e-mailed to the address above.</source>
        <translation>Without consent, their e-mail address and phone number are kept out of printed documents (no contact QR code on the badge). Their agenda is still e-mailed to the address above.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. ja, en (most fluent first)</source>
        <translation>e.g. ja, en (most fluent first)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name (Latin script)</source>
        <translation>Name (Latin script)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Name in kanji</source>
        <translation>Name in kanji</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading (kana)</source>
        <translation>Reading (kana)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name order</source>
        <translation>Name order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title in Japanese</source>
        <translation>Title in Japanese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages spoken</source>
        <translation>Languages spoken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents in</source>
        <translation>Documents in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(that of the organisation)</source>
        <translation>(that of the organisation)</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Given on {when}</source>
        <translation>Given on {when}</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../../ui/models/participants.py" line="+24"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese name</source>
        <translation>Japanese name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in Latin script</source>
        <translation>Name in Latin script</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../ui/pages/participants.py" line="+57"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New participant</source>
        <translation>New participant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a participant, or add one.</source>
        <translation>Select a participant, or add one.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add participant “{name}”</source>
        <translation>Add participant “{name}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit participant “{name}”</source>
        <translation>Edit participant “{name}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard your changes to “{name}”?</source>
        <translation>Discard your changes to “{name}”?</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Delete participant “{name}”?</source>
        <translation>Delete participant “{name}”?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They are also removed from their meetings. You can undo this.</source>
        <translation>They are also removed from their meetings. You can undo this.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete participant “{name}”</source>
        <translation>Delete participant “{name}”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Personal data…</source>
        <translation>Personal data…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export everything held (JSON)…</source>
        <translation>Export everything held (JSON)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase this person…</source>
        <translation>Erase this person…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Availability…</source>
        <translation>Availability…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The times this person cannot meet, by day</source>
        <translation>The times this person cannot meet, by day</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark absent…</source>
        <translation>Mark absent…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They did not arrive: re-plan the rest of their day and tell those affected</source>
        <translation>They did not arrive: re-plan the rest of their day and tell those affected</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wrote the personal data to {path}.</source>
        <translation>Wrote the personal data to {path}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Erase this person</source>
        <translation>Erase this person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase {name} from the mission and from the published versions, so that nothing of them remains (GDPR Art. 17)? Unlike Delete, this cannot be undone.</source>
        <translation>Erase {name} from the mission and from the published versions, so that nothing of them remains (GDPR Art. 17)? Unlike Delete, this cannot be undone.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not do it: {reason}</source>
        <translation>Could not do it: {reason}</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <location filename="../../ui/programme/labels.py" line="+20"/>
        <source>Plenary</source>
        <translation>Plenary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceremony</source>
        <translation>Ceremony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meal</source>
        <translation>Meal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free time</source>
        <translation>Free time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B2B meetings</source>
        <translation>B2B meetings</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{organisation}&apos;s delegates</source>
        <translation>{organisation}&apos;s delegates</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Named participants: {count}</source>
        <translation>Named participants: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location filename="../../ui/pages/programme.py" line="+101"/>
        <source>Previous day</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next day</source>
        <translation>Next day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second zone:</source>
        <translation>Second zone:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All venues</source>
        <translation>All venues</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A column for every venue, not only those with something that day.</source>
        <translation>A column for every venue, not only those with something that day.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New item</source>
        <translation>New item</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day:</source>
        <translation>Day:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Could not load: {reason}</source>
        <translation>Could not load: {reason}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Open or create a mission first.</source>
        <translation>Open or create a mission first.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No programme item yet: fill in the form and save, or drag on the timeline.</source>
        <translation>No programme item yet: fill in the form and save, or drag on the timeline.</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>B2B meetings · %n table(s)</source>
        <translation>
            <numerusform>B2B meetings · %n table</numerusform>
            <numerusform>B2B meetings · %n tables</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No venue</source>
        <translation>No venue</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Clashes: %n</source>
        <translation>
            <numerusform>Clashes: %n</numerusform>
            <numerusform>Clashes: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard your changes to “{name}”?</source>
        <translation>Discard your changes to “{name}”?</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+22"/>
        <source>New programme item</source>
        <translation>New programme item</translation>
    </message>
    <message>
        <location line="+117"/>
        <location line="+50"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Add programme item “{name}”</source>
        <translation>Add programme item “{name}”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit programme item “{name}”</source>
        <translation>Edit programme item “{name}”</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Move programme item “{name}”</source>
        <translation>Move programme item “{name}”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Moved.</source>
        <translation>Moved.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not saved: see the fields marked.</source>
        <translation>Not saved: see the fields marked.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not saved: someone else changed this item meanwhile. Your changes are still in the form; Save compares them again.</source>
        <translation>Not saved: someone else changed this item meanwhile. Your changes are still in the form; Save compares them again.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not moved: {reason}</source>
        <translation>Not moved: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deleting…</source>
        <translation>Deleting…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleted “{name}”. Undo puts it back.</source>
        <translation>Deleted “{name}”. Undo puts it back.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete programme item “{name}”</source>
        <translation>Delete programme item “{name}”</translation>
    </message>
</context>
<context>
    <name>ProgrammeTimeline</name>
    <message>
        <location filename="../../ui/programme/timeline.py" line="+199"/>
        <location line="+387"/>
        <source>No venue</source>
        <translation>No venue</translation>
    </message>
    <message>
        <location line="-385"/>
        <source>Venue {id}</source>
        <translation>Venue {id}</translation>
    </message>
    <message>
        <location line="+314"/>
        <source>Programme of the day</source>
        <translation>Programme of the day</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag on an empty place of a venue&apos;s column to add an item there. Drag an item to move it, its bottom edge to change its end. Keys: Left and Right select, Up and Down move by 5 minutes (with Shift: 30), Ctrl with Up and Down changes the end, Enter opens, Delete removes.</source>
        <translation>Drag on an empty place of a venue&apos;s column to add an item there. Drag an item to move it, its bottom edge to change its end. Keys: Left and Right select, Up and Down move by 5 minutes (with Shift: 30), Ctrl with Up and Down changes the end, Enter opens, Delete removes.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A B2B session: it is set up on the Sessions page.</source>
        <translation>A B2B session: it is set up on the Sessions page.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The clocks change here: {before} → {after} at {time}</source>
        <translation>The clocks change here: {before} → {after} at {time}</translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message>
        <location filename="../../ui/pages/publish.py" line="+112"/>
        <source>Programme: {title} added ({when})</source>
        <translation>Programme: {title} added ({when})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme: {title} removed ({when})</source>
        <translation>Programme: {title} removed ({when})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Programme: {title} changed ({when})</source>
        <translation>Programme: {title} changed ({when})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New meeting with {who}: {when}, table {table}</source>
        <translation>New meeting with {who}: {when}, table {table}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting with {who} cancelled ({when})</source>
        <translation>Meeting with {who} cancelled ({when})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meeting with {who} moved: {before}, table {old} → {after}, table {new}</source>
        <translation>Meeting with {who} moved: {before}, table {old} → {after}, table {new}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Meeting with {who}: no interpreter any more</source>
        <translation>Meeting with {who}: no interpreter any more</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting with {who}: interpreter now {name}</source>
        <translation>Meeting with {who}: interpreter now {name}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note for this version (optional)</source>
        <translation>Note for this version (optional)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versions say who published them; kept in this computer&apos;s settings.</source>
        <translation>Versions say who published them; kept in this computer&apos;s settings.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Published by:</source>
        <translation>Published by:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+167"/>
        <source>Could not load: {reason}</source>
        <translation>Could not load: {reason}</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+126"/>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>No mission open</source>
        <translation>No mission open</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Version {number}, {when}</source>
        <translation>Version {number}, {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not published yet: publishing sends everyone their first version.</source>
        <translation>Not published yet: publishing sends everyone their first version.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing changed since version {number}.</source>
        <translation>Nothing changed since version {number}.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n participant(s) have changes since version {number}.</source>
        <translation>
            <numerusform>%n participant has changes since version {number}.</numerusform>
            <numerusform>%n participants have changes since version {number}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Publish version {number}</source>
        <translation>Publish version {number}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Publish version {number} of the schedule?</source>
        <translation>Publish version {number} of the schedule?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It freezes the schedule as it is now: {meetings} B2B meetings and {items} programme items.</source>
        <translation>It freezes the schedule as it is now: {meetings} B2B meetings and {items} programme items.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is the first version for all {participants} participants.</source>
        <translation>This is the first version for all {participants} participants.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Participants whose schedule changes since version {base}: {changed} of {participants}.</source>
        <translation>Participants whose schedule changes since version {base}: {changed} of {participants}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nobody is e-mailed yet: after publishing, send the version from the panel below.</source>
        <translation>Nobody is e-mailed yet: after publishing, send the version from the panel below.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not keep your name: {reason}</source>
        <translation>Could not keep your name: {reason}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Published version {number}: {meetings} meetings, {items} programme items.</source>
        <translation>Published version {number}: {meetings} meetings, {items} programme items.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not publish: {reason}</source>
        <translation>Could not publish: {reason}</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../ui/widgets/read_only_banner.py" line="+42"/>
        <source>Read only</source>
        <translation>Read only</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your user on this server may read, print, check people in and mark meetings on the day, but not change other records. Ask the mission&apos;s coordinator for an editor&apos;s account.</source>
        <translation>Your user on this server may read, print, check people in and mark meetings on the day, but not change other records. Ask the mission&apos;s coordinator for an editor&apos;s account.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../ui/forms/editor.py" line="+96"/>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>This record was deleted meanwhile; your changes were not saved.</source>
        <translation>This record was deleted meanwhile; your changes were not saved.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not save: {reason}</source>
        <translation>Could not save: {reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not saved: someone else changed this record meanwhile. Your changes are still in the form; Save compares them again.</source>
        <translation>Not saved: someone else changed this record meanwhile. Your changes are still in the form; Save compares them again.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/forms/fields.py" line="+331"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../ui/pages/records.py" line="+101"/>
        <source>Filter by name (Latin, 漢字 or かな)…</source>
        <translation>Filter by name (Latin, 漢字 or かな)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both sides</source>
        <translation>Both sides</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location line="+220"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Could not load: {reason}</source>
        <translation>Could not load: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not delete: {reason}</source>
        <translation>Could not delete: {reason}</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No mission open</source>
        <translation>No mission open</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{shown} of {total}</source>
        <translation>{shown} of {total}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/dashboard/report_dialog.py" line="+44"/>
        <location line="+49"/>
        <source>Write the report</source>
        <translation>Write the report</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Also the figures as a spreadsheet (.xlsx)</source>
        <translation>Also the figures as a spreadsheet (.xlsx)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report (PDF):</source>
        <translation>Report (PDF):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheet:</source>
        <translation>Spreadsheet:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write</source>
        <translation>Write</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The figures</source>
        <translation>The figures</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Say where the report goes.</source>
        <translation>Say where the report goes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say where the spreadsheet goes, or untick it.</source>
        <translation>Say where the spreadsheet goes, or untick it.</translation>
    </message>
</context>
<context>
    <name>RequestMatrixModel</name>
    <message>
        <location filename="../../ui/requests/models.py" line="+252"/>
        <source>{a} does not want to meet {b} (no thanks)</source>
        <translation>{a} does not want to meet {b} (no thanks)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{a} asks to meet {b}, priority {priority}, mandatory</source>
        <translation>{a} asks to meet {b}, priority {priority}, mandatory</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{a} asks to meet {b}, priority {priority}</source>
        <translation>{a} asks to meet {b}, priority {priority}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{a} → {b}: no request</source>
        <translation>{a} → {b}: no request</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../ui/pages/requests.py" line="+182"/>
        <source>Both sides</source>
        <translation>Both sides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turin</source>
        <translation>Turin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nagoya</source>
        <translation>Nagoya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every sector</source>
        <translation>Every sector</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search names (Latin or Japanese), city, profile</source>
        <translation>Search names (Latin or Japanese), city, profile</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Side:</source>
        <translation>Side:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sector:</source>
        <translation>Sector:</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+277"/>
        <source>Select an organisation to see its wish list.</source>
        <translation>Select an organisation to see its wish list.</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>Turin organisations ask (rows)</source>
        <translation>Turin organisations ask (rows)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nagoya organisations ask (rows)</source>
        <translation>Nagoya organisations ask (rows)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Each row asks the column. Keys on a cell: 1–5 priority, N no thanks, M mandatory on/off, Delete removes; a double click cycles 3, 4, 5, 1, 2, no thanks, nothing. “3 ⇄” both asked (green), “✕” no thanks, bold: mandatory, “← 2” in grey: only the column asked. Ctrl+Z undoes.</source>
        <translation>Each row asks the column. Keys on a cell: 1–5 priority, N no thanks, M mandatory on/off, Delete removes; a double click cycles 3, 4, 5, 1, 2, no thanks, nothing. “3 ⇄” both asked (green), “✕” no thanks, bold: mandatory, “← 2” in grey: only the column asked. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Pairs of opposite sides that nobody asked yet, whose sectors and profiles complement each other, best first. Accept makes one request, priority 3, from the organisation that asked for fewer meetings.</source>
        <translation>Pairs of opposite sides that nobody asked yet, whose sectors and profiles complement each other, best first. Accept makes one request, priority 3, from the organisation that asked for fewer meetings.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Catalogue and wish lists</source>
        <translation>Catalogue and wish lists</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request matrix</source>
        <translation>Request matrix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested pairs</source>
        <translation>Suggested pairs</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Priority {priority}: {a} → {b}</source>
        <translation>Priority {priority}: {a} → {b}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No thanks: {a} → {b}</source>
        <translation>No thanks: {a} → {b}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mandatory on/off: {a} → {b}</source>
        <translation>Mandatory on/off: {a} → {b}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove request {a} → {b}</source>
        <translation>Remove request {a} → {b}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change request {a} → {b}</source>
        <translation>Change request {a} → {b}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Accept suggested pair {a} → {b}</source>
        <translation>Accept suggested pair {a} → {b}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not load: {reason}</source>
        <translation>Could not load: {reason}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Suggested pairs (%n)</source>
        <translation>
            <numerusform>Suggested pairs (%n)</numerusform>
            <numerusform>Suggested pairs (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>{name} asks to meet %n organisation(s)</source>
        <translation>
            <numerusform>{name} asks to meet %n organisation</numerusform>
            <numerusform>{name} asks to meet %n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Asked by %n organisation(s): {names}</source>
        <translation>
            <numerusform>Asked by %n organisation: {names}</numerusform>
            <numerusform>Asked by %n organisations: {names}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody asked to meet it yet.</source>
        <translation>Nobody asked to meet it yet.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="+34"/>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backups of {0}, newest first. Ponte makes one when the file opens or the window closes, if the file changed; each was checked when it was made. The file now in use is kept aside before the backup replaces it.</source>
        <translation>Backups of {0}, newest first. Ponte makes one when the file opens or the window closes, if the file changed; each was checked when it was made. The file now in use is kept aside before the backup replaces it.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ponte has not made a backup of this file yet.</source>
        <translation>Ponte has not made a backup of this file yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>made by hand</source>
        <translation>made by hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before an upgrade</source>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
</context>
<context>
    <name>ReuseDialog</name>
    <message>
        <location filename="../../ui/setup/reuse_dialog.py" line="+45"/>
        <source>Reuse a previous mission&apos;s set-up</source>
        <translation>Reuse a previous mission&apos;s set-up</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+2"/>
        <location line="+74"/>
        <source>As the mission copied</source>
        <translation>As the mission copied</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Copy from:</source>
        <translation>Copy from:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New start date:</source>
        <translation>New start date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name (English):</source>
        <translation>New name (English):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name (Italian):</source>
        <translation>New name (Italian):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name (Japanese):</source>
        <translation>New name (Japanese):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Venues, travel times, delegations, B2B sessions (with their breaks, tables and delegations taking part) and interpreters are copied; every time moves by the same number of days and keeps its local time. Organisations, participants and meeting requests are not copied.</source>
        <translation>Venues, travel times, delegations, B2B sessions (with their breaks, tables and delegations taking part) and interpreters are copied; every time moves by the same number of days and keeps its local time. Organisations, participants and meeting requests are not copied.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy into a new mission</source>
        <translation>Copy into a new mission</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is no mission to copy from.</source>
        <translation>There is no mission to copy from.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>As in English: {name}</source>
        <translation>As in English: {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New mission from {start} to {end} ({shift} days later). To copy: {venues} venue(s), {travel} travel time(s), {delegations} delegation(s), {sessions} B2B session(s) with {breaks} break(s) and {tables} table(s), {interpreters} interpreter(s).</source>
        <translation>New mission from {start} to {end} ({shift} days later). To copy: {venues} venue(s), {travel} travel time(s), {delegations} delegation(s), {sessions} B2B session(s) with {breaks} break(s) and {tables} table(s), {interpreters} interpreter(s).</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <location filename="../../ui/b2b/run_panel.py" line="+77"/>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+79"/>
        <source>Place the most valuable meetings; locked meetings stay where they are.</source>
        <translation>Place the most valuable meetings; locked meetings stay where they are.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The solver returns its best schedule by then.</source>
        <translation>The solver returns its best schedule by then.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Time limit:</source>
        <translation>Time limit:</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduling…</source>
        <translation>Scheduling…</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Another database was opened; the schedule was dropped.</source>
        <translation>Another database was opened; the schedule was dropped.</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Cannot schedule yet: the mission has no B2B session. Add one on the Sessions page.</source>
        <translation>Cannot schedule yet: the mission has no B2B session. Add one on the Sessions page.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot schedule yet: the mission has no organisations. Add or import them.</source>
        <translation>Cannot schedule yet: the mission has no organisations. Add or import them.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot schedule yet: there are no meeting requests. Enter or import them.</source>
        <translation>Cannot schedule yet: there are no meeting requests. Enter or import them.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Choosing meetings</source>
        <translation>Choosing meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigning tables</source>
        <translation>Assigning tables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortening idle gaps</source>
        <translation>Shortening idle gaps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finishing</source>
        <translation>Finishing</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{phase}: {best:g} of at most {bound:g}</source>
        <translation>{phase}: {best:g} of at most {bound:g}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Idle gaps: {count}, proven minimal.</source>
        <translation>Idle gaps: {count}, proven minimal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Idle gaps: best so far {count}, cannot be fewer than {floor}.</source>
        <translation>Idle gaps: best so far {count}, cannot be fewer than {floor}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Idle gaps: best so far {count}.</source>
        <translation>Idle gaps: best so far {count}.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not schedule: {reason}</source>
        <translation>Could not schedule: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Infeasible: nothing was changed. {reasons}</source>
        <translation>Infeasible: nothing was changed. {reasons}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The scheduler has not run on this mission yet.</source>
        <translation>The scheduler has not run on this mission yet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Infeasible: nothing was changed.</source>
        <translation>Infeasible: nothing was changed.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>see why</source>
        <translation>see why</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{summary} — {link}.</source>
        <translation>{summary} — {link}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{summary}.</source>
        <translation>{summary}.</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+10"/>
        <source>Last run, {when}: {figures}</source>
        <translation>Last run, {when}: {figures}</translation>
    </message>
</context>
<context>
    <name>SearchIdCombo</name>
    <message>
        <location filename="../../ui/forms/fields.py" line="-233"/>
        <source>Type to search…</source>
        <translation>Type to search…</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <location filename="../../ui/pages/send_panel.py" line="+77"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only those whose schedule changed</source>
        <translation>Only those whose schedule changed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the participants whose schedule differs from the version they last received; their message lists what changed.</source>
        <translation>Only the participants whose schedule differs from the version they last received; their message lists what changed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write e-mail drafts (.eml)…</source>
        <translation>Write e-mail drafts (.eml)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail settings…</source>
        <translation>Mail settings…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server&apos;s answer</source>
        <translation>Server&apos;s answer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send again to this participant…</source>
        <translation>Send again to this participant…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Publish a version to send it by e-mail.</source>
        <translation>Publish a version to send it by e-mail.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version {number} reached {reached} of {total} participants.</source>
        <translation>Version {number} reached {reached} of {total} participants.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n could not be delivered (see the log).</source>
        <translation>
            <numerusform>%n could not be delivered (see the log).</numerusform>
            <numerusform>%n could not be delivered (see the log).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n without an e-mail address.</source>
        <translation>
            <numerusform>%n without an e-mail address.</numerusform>
            <numerusform>%n without an e-mail address.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish the latest changes before sending.</source>
        <translation>Publish the latest changes before sending.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Send version {number} by e-mail…</source>
        <translation>Send version {number} by e-mail…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send by e-mail…</source>
        <translation>Send by e-mail…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password of {user} at {host}:</source>
        <translation>Password of {user} at {host}:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Send version {number} through {host} to the participants whose schedule changed since the version they last received?</source>
        <translation>Send version {number} through {host} to the participants whose schedule changed since the version they last received?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send version {number} through {host} to the {count} participants who have not received it yet?</source>
        <translation>Send version {number} through {host} to the {count} participants who have not received it yet?</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <source>Send by e-mail</source>
        <translation>Send by e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send version {number} again to {name} through {host}?</source>
        <translation>Send version {number} again to {name} through {host}?</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+38"/>
        <source>Preparing the agendas…</source>
        <translation>Preparing the agendas…</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Nothing was sent: {reason}</source>
        <translation>Nothing was sent: {reason}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Folder for the e-mail drafts</source>
        <translation>Folder for the e-mail drafts</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not write the drafts: {reason}</source>
        <translation>Could not write the drafts: {reason}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stopping after the current message…</source>
        <translation>Stopping after the current message…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>agenda %v of %m</source>
        <translation>agenda %v of %m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>message %v of %m</source>
        <translation>message %v of %m</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Version {number}: %n message(s) sent.</source>
        <translation>
            <numerusform>Version {number}: %n message sent.</numerusform>
            <numerusform>Version {number}: %n messages sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n already had this version.</source>
        <translation>
            <numerusform>%n already had this version.</numerusform>
            <numerusform>%n already had this version.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n had no changes.</source>
        <translation>
            <numerusform>%n had no changes.</numerusform>
            <numerusform>%n had no changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n not delivered: see the log.</source>
        <translation>
            <numerusform>%n not delivered: see the log.</numerusform>
            <numerusform>%n not delivered: see the log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+21"/>
        <source>%n without a usable address.</source>
        <translation>
            <numerusform>%n without a usable address.</numerusform>
            <numerusform>%n without a usable address.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-18"/>
        <source>Cancelled: %n not sent yet; send again to reach them.</source>
        <translation>
            <numerusform>Cancelled: %n not sent yet; send again to reach them.</numerusform>
            <numerusform>Cancelled: %n not sent yet; send again to reach them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Stopped: {reason} %n not sent yet; send again to reach them.</source>
        <translation>
            <numerusform>Stopped: {reason} %n not sent yet; send again to reach them.</numerusform>
            <numerusform>Stopped: {reason} %n not sent yet; send again to reach them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Wrote %n e-mail draft(s) in {folder}.</source>
        <translation>
            <numerusform>Wrote %n e-mail draft in {folder}.</numerusform>
            <numerusform>Wrote %n e-mail drafts in {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled. {detail}</source>
        <translation>Cancelled. {detail}</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../../ui/pages/sessions.py" line="+114"/>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+674"/>
        <source>Name (English):</source>
        <translation>Name (English):</translation>
    </message>
    <message>
        <location line="-673"/>
        <location line="+674"/>
        <source>Name (Italian):</source>
        <translation>Name (Italian):</translation>
    </message>
    <message>
        <location line="-673"/>
        <location line="+674"/>
        <source>Name (Japanese):</source>
        <translation>Name (Japanese):</translation>
    </message>
    <message>
        <location line="-668"/>
        <location line="+669"/>
        <source>Day:</source>
        <translation>Day:</translation>
    </message>
    <message>
        <location line="-666"/>
        <location line="+667"/>
        <source>Venue:</source>
        <translation>Venue:</translation>
    </message>
    <message>
        <location line="-649"/>
        <location line="+650"/>
        <location line="+1"/>
        <source>Start – end:</source>
        <translation>Start – end:</translation>
    </message>
    <message>
        <location line="-645"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+645"/>
        <source>Slot length:</source>
        <translation>Slot length:</translation>
    </message>
    <message>
        <location line="-639"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label (English)</source>
        <translation>Label (English)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label (Italian)</source>
        <translation>Label (Italian)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label (Japanese)</source>
        <translation>Label (Japanese)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add break</source>
        <translation>Add break</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove break</source>
        <translation>Remove break</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+615"/>
        <source>Breaks:</source>
        <translation>Breaks:</translation>
    </message>
    <message>
        <location line="-599"/>
        <source>Double-click a table to rename it.</source>
        <translation>Double-click a table to rename it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+594"/>
        <source>Tables:</source>
        <translation>Tables:</translation>
    </message>
    <message>
        <location line="-589"/>
        <source>None ticked: every delegation takes part.</source>
        <translation>None ticked: every delegation takes part.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+581"/>
        <source>Delegations taking part:</source>
        <translation>Delegations taking part:</translation>
    </message>
    <message>
        <location line="-576"/>
        <source>Slots:</source>
        <translation>Slots:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not load: {reason}</source>
        <translation>Could not load: {reason}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open or create a mission first.</source>
        <translation>Open or create a mission first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No B2B session yet: fill in the form and save to add one.</source>
        <translation>No B2B session yet: fill in the form and save to add one.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no venue</source>
        <translation>no venue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}
{day} {start}–{end} {zone} · {venue}
{slots} slots, {tables} tables, {meetings} meetings placed</source>
        <translation>{name}
{day} {start}–{end} {zone} · {venue}
{slots} slots, {tables} tables, {meetings} meetings placed</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No venue (the mission&apos;s zone, {zone})</source>
        <translation>No venue (the mission&apos;s zone, {zone})</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>New B2B session</source>
        <translation>New B2B session</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Write the day as 2027-10-14 (a day that exists).</source>
        <translation>Write the day as 2027-10-14 (a day that exists).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the time as 14:00.</source>
        <translation>Write the time as 14:00.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Break {n}: write its times as 16:00.</source>
        <translation>Break {n}: write its times as 16:00.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{slots} slots of {minutes} min, {tables} tables: up to {capacity} meetings</source>
        <translation>{slots} slots of {minutes} min, {tables} tables: up to {capacity} meetings</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{count} placed meetings would no longer fit.</source>
        <translation>{count} placed meetings would no longer fit.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete session</source>
        <translation>Delete session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the session “{name}”?</source>
        <translation>Delete the session “{name}”?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deleting…</source>
        <translation>Deleting…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleted.</source>
        <translation>Deleted.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Removed {count} meetings (their requests are unscheduled again): {list}</source>
        <translation>Removed {count} meetings (their requests are unscheduled again): {list}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not saved: someone else changed this session meanwhile. Your changes are still in the form; Save compares them again.</source>
        <translation>Not saved: someone else changed this session meanwhile. Your changes are still in the form; Save compares them again.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Meetings that no longer fit</source>
        <translation>Meetings that no longer fit</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Deleting this session removes %n placed meetings:</source>
        <translation>
            <numerusform>Deleting this session removes %n placed meeting:</numerusform>
            <numerusform>Deleting this session removes %n placed meetings:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>After this change, %n placed meetings no longer fit:</source>
        <translation>
            <numerusform>After this change, %n placed meeting no longer fits:</numerusform>
            <numerusform>After this change, %n placed meetings no longer fit:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove them? Their requests go back to the unscheduled list.</source>
        <translation>Remove them? Their requests go back to the unscheduled list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove them and save</source>
        <translation>Remove them and save</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not saved: nothing was changed.</source>
        <translation>Not saved: nothing was changed.</translation>
    </message>
</context>
<context>
    <name>SetupWorkbookDialog</name>
    <message>
        <location filename="../../ui/dialogs/setup_workbook.py" line="+52"/>
        <source>Set-up workbook</source>
        <translation>Set-up workbook</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A workbook with one sheet per kind of record (venues, delegations, B2B sessions, organisations, participants, interpreters, unavailability, meeting requests) that a chamber fills in and imports here. Each sheet is imported whole or not at all; a sheet with a wrong row stops the import there.</source>
        <translation>A workbook with one sheet per kind of record (venues, delegations, B2B sessions, organisations, participants, interpreters, unavailability, meeting requests) that a chamber fills in and imports here. Each sheet is imported whole or not at all; a sheet with a wrong row stops the import there.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save an empty template…</source>
        <translation>Save an empty template…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a filled workbook…</source>
        <translation>Import a filled workbook…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Save the set-up template</source>
        <translation>Save the set-up template</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Template saved: {path}</source>
        <translation>Template saved: {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import a set-up workbook</source>
        <translation>Import a set-up workbook</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a mission first: the import goes into it.</source>
        <translation>Open a mission first: the import goes into it.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the sheet {sheet}…</source>
        <translation>Reading the sheet {sheet}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was imported: every sheet is empty.</source>
        <translation>Nothing was imported: every sheet is empty.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{sheet}: {created} created, {updated} updated, {unchanged} unchanged</source>
        <translation>{sheet}: {created} created, {updated} updated, {unchanged} unchanged</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported:</source>
        <translation>Imported:</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <location filename="../../ui/dialogs/shared_database.py" line="+59"/>
        <source>Open shared database</source>
        <translation>Open shared database</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. db.camera-torino.local</source>
        <translation>e.g. db.camera-torino.local</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remember password (in the system keyring)</source>
        <translation>Remember password (in the system keyring)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kept in the system keyring</source>
        <translation>kept in the system keyring</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer has no system keyring: Ponte keeps the password only until it closes, and asks for it the next time.</source>
        <translation>This computer has no system keyring: Ponte keeps the password only until it closes, and asks for it the next time.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Name the server: its host name or address.</source>
        <translation>Name the server: its host name or address.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name the database on that server.</source>
        <translation>Name the database on that server.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} is not a host name; write only the name or the address.</source>
        <translation>{0} is not a host name; write only the name or the address.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Connecting to {0}…</source>
        <translation>Connecting to {0}…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>it holds a Ponte database.</source>
        <translation>it holds a Ponte database.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database is empty: Ponte will prepare it when it opens it.</source>
        <translation>the database is empty: Ponte will prepare it when it opens it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database holds another program&apos;s tables: Ponte will not open it.</source>
        <translation>the database holds another program&apos;s tables: Ponte will not open it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected (PostgreSQL {0}); {1}</source>
        <translation>Connected (PostgreSQL {0}); {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not connected: {0}</source>
        <translation>Not connected: {0}</translation>
    </message>
</context>
<context>
    <name>SheetEntryDialog</name>
    <message>
        <location filename="../../ui/b2b/sheet_entry.py" line="+40"/>
        <source>Enter a host sheet</source>
        <translation>Enter a host sheet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One key per row, as ticked on the sheet: H held, A or B that side absent, N neither came, C cancelled, Space leave as it is. Backspace goes back.</source>
        <translation>One key per row, as ticked on the sheet: H held, A or B that side absent, N neither came, C cancelled, Space leave as it is. Backspace goes back.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Typed</source>
        <translation>Typed</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Row {row} of {count}: type its mark.</source>
        <translation>Row {row} of {count}: type its mark.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n left as they are</source>
        <translation>
            <numerusform>%n left as it is</numerusform>
            <numerusform>%n left as they are</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All {count} rows typed: {parts}. Enter saves them all.</source>
        <translation>All {count} rows typed: {parts}. Enter saves them all.</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <location filename="../../ui/requests/models.py" line="+34"/>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To meet</source>
        <translation>To meet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>TableDayModel</name>
    <message>
        <location filename="../../ui/b2b/table_day.py" line="+45"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation A</source>
        <translation>Organisation A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation B</source>
        <translation>Organisation B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>TableDayWidget</name>
    <message>
        <location line="+151"/>
        <source>Enter a sheet…</source>
        <translation>Enter a sheet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the marks of a printed host sheet, one key per row.</source>
        <translation>Type the marks of a printed host sheet, one key per row.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print host sheets…</source>
        <translation>Print host sheets…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A page per table to tick by hand, for desks without a laptop.</source>
        <translation>A page per table to tick by hand, for desks without a laptop.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys: H held · A / B that side did not come · N neither came · C cancelled · S scheduled · Enter note · Ctrl+Z undo</source>
        <translation>Keys: H held · A / B that side did not come · N neither came · C cancelled · S scheduled · Enter note · Ctrl+Z undo</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Session:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table:</source>
        <translation>Table:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No-shows per organisation</source>
        <translation>No-shows per organisation</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>All tables</source>
        <translation>All tables</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Mark meeting “{name}”</source>
        <translation>Mark meeting “{name}”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Table {table} · {session}</source>
        <translation>Table {table} · {session}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter the sheet of table {table}</source>
        <translation>Enter the sheet of table {table}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Saved %n mark(s) of the sheet.</source>
        <translation>
            <numerusform>Saved %n mark of the sheet.</numerusform>
            <numerusform>Saved %n marks of the sheet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print host sheets</source>
        <translation>Print host sheets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wrote {path}</source>
        <translation>Wrote {path}</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../ui/forms/date_fields.py" line="+59"/>
        <source>Write a time, e.g. 09:30.</source>
        <translation>Write a time, e.g. 09:30.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../ui/b2b/timeline.py" line="+49"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>free</source>
        <translation>free</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location line="+44"/>
        <source>Interpreter: {name}</source>
        <translation>Interpreter: {name}</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n break(s) between meetings</source>
        <translation>
            <numerusform>%n break between meetings</numerusform>
            <numerusform>%n breaks between meetings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../ui/undo.py" line="+87"/>
        <source>The database this was done in is no longer open.</source>
        <translation>The database this was done in is no longer open.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>It was changed or deleted meanwhile.</source>
        <translation>It was changed or deleted meanwhile.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not undo or redo “{action}”: {reason}</source>
        <translation>Could not undo or redo “{action}”: {reason}</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Someone else changed it after this step; deleting it now would delete their changes too, so nothing was written.</source>
        <translation>Someone else changed it after this step; deleting it now would delete their changes too, so nothing was written.</translation>
    </message>
    <message>
        <location filename="../../ui/programme/commands.py" line="+70"/>
        <location filename="../../ui/undo.py" line="-43"/>
        <source>There is nothing to put back.</source>
        <translation>There is nothing to put back.</translation>
    </message>
</context>
<context>
    <name>UnscheduledModel</name>
    <message>
        <location filename="../../ui/b2b/lists.py" line="+45"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meets</source>
        <translation>Meets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why not scheduled</source>
        <translation>Why not scheduled</translation>
    </message>
</context>
<context>
    <name>VenuesPanel</name>
    <message>
        <location filename="../../ui/setup/venues_panel.py" line="+41"/>
        <source>Venues</source>
        <translation>Venues</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>As in Latin script: {name}</source>
        <translation>As in Latin script: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Nagoya Congress Center</source>
        <translation>e.g. Nagoya Congress Center</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+173"/>
        <source>Name (Latin script):</source>
        <translation>Name (Latin script):</translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+174"/>
        <source>Name (Italian):</source>
        <translation>Name (Italian):</translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+174"/>
        <source>Name (Japanese):</source>
        <translation>Name (Japanese):</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+173"/>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location line="-171"/>
        <location line="+172"/>
        <source>Address (Japanese):</source>
        <translation>Address (Japanese):</translation>
    </message>
    <message>
        <location line="-170"/>
        <location line="+171"/>
        <source>City:</source>
        <translation>City:</translation>
    </message>
    <message>
        <location line="-170"/>
        <location line="+171"/>
        <source>Time zone:</source>
        <translation>Time zone:</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+98"/>
        <source>New venue</source>
        <translation>New venue</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Save venue</source>
        <translation>Save venue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete venue</source>
        <translation>Delete venue</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Same time both ways</source>
        <translation>Same time both ways</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save travel times</source>
        <translation>Save travel times</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Travel times in minutes (row: from; column: to, numbered as the rows)</source>
        <translation>Travel times in minutes (row: from; column: to, numbered as the rows)</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>“{text}” from {a} to {b} is not a number of minutes between 0 and 1440.</source>
        <translation>“{text}” from {a} to {b} is not a number of minutes between 0 and 1440.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Venue: {name}</source>
        <translation>Venue: {name}</translation>
    </message>
</context>
<context>
    <name>WishListModel</name>
    <message>
        <location filename="../../ui/requests/models.py" line="-225"/>
        <source>Asks to meet</source>
        <translation>Asks to meet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marks</source>
        <translation>Marks</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>✕ no thanks</source>
        <translation>✕ no thanks</translation>
    </message>
</context>
</TS>
