<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name>AbsenceDialog</name>
    <message>
        <location filename="../../ui/dialogs/absence.py" line="+83"/>
        <source>Mark absent</source>
        <translation>Segna assente</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The whole day</source>
        <translation>Tutto il giorno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a time to the end of the day</source>
        <translation>Da un&apos;ora fino a fine giornata</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. flight cancelled</source>
        <translation>es. volo cancellato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark absent and re-plan</source>
        <translation>Segna assente e ripianifica</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day:</source>
        <translation>Giorno:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>Dalle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Re-planning the rest of the day…</source>
        <translation>Ripianificazione del resto della giornata…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Meeting</source>
        <translation>Incontro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept and publish</source>
        <translation>Accetta e pubblica</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decline</source>
        <translation>Rifiuta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the absence</source>
        <translation>Togli l&apos;assenza</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Who does not arrive: {name}</source>
        <translation>Chi non arriva: {name}</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>{name} absent from {since}. Nothing is stored until you accept. {people} other people&apos;s schedules change.</source>
        <translation>{name} assente dalle {since}. Nulla viene salvato finché non si accetta. Cambia il programma di altre {people} persone.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Moved</source>
        <translation>Spostati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Annullati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed from the waiting list</source>
        <translation>Inseriti dalla lista d&apos;attesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept, without the absent person</source>
        <translation>Mantenuti, senza l&apos;assente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>People affected ({count})</source>
        <translation>Persone interessate ({count})</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing changed; nothing was published.</source>
        <translation>Nulla è cambiato; nulla è stato pubblicato.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stored and published as version {number}.</source>
        <translation>Salvato e pubblicato come versione {number}.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Prepare updates for %n people…</source>
        <translation>
            <numerusform>Prepara gli aggiornamenti per %n persona…</numerusform>
            <numerusform>Prepara gli aggiornamenti per %n persone…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was re-planned; the absence stays marked.</source>
        <translation>Nulla è stato ripianificato; l&apos;assenza resta segnata.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name} is no longer marked absent.</source>
        <translation>{name} non risulta più assente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder for the updates</source>
        <translation>Cartella per gli aggiornamenti</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Wrote {files} files for {people} people into {folder}.</source>
        <translation>Scritti {files} file per {people} persone in {folder}.</translation>
    </message>
</context>
<context>
    <name>AmbiguousTimeBox</name>
    <message>
        <location filename="../../ui/programme/ambiguous.py" line="+23"/>
        <source>Which time?</source>
        <translation>Quale ora?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{time} (before the clocks go back)</source>
        <translation>{time} (prima che torni l&apos;ora solare)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{time} (after)</source>
        <translation>{time} (dopo)</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../ui/b2b/table_day.py" line="+208"/>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meetings</source>
        <translation>Incontri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held</source>
        <translation>Svolti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Mancati</translation>
    </message>
</context>
<context>
    <name>AvailabilityDialog</name>
    <message>
        <location filename="../../ui/widgets/day_timeline.py" line="+768"/>
        <source>Availability</source>
        <translation>Disponibilità</translation>
    </message>
</context>
<context>
    <name>B2BGrid</name>
    <message>
        <location filename="../../ui/b2b/grid.py" line="+94"/>
        <source>{team} has {count} meetings at once (at most {capacity}).</source>
        <translation>{team} ha {count} incontri in parallelo (al massimo {capacity}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The interpreter {name} is in {count} meetings at once.</source>
        <translation>L&apos;interprete {name} ha {count} incontri in parallelo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{team} is unavailable in this slot.</source>
        <translation>{team} non è disponibile in questa fascia oraria.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The interpreter {name} is unavailable in this slot.</source>
        <translation>L&apos;interprete {name} non è disponibile in questa fascia oraria.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No longer on a slot or table of {session} (the session was changed): run the scheduler to place it again (unlock it first if it is locked).</source>
        <translation>Non è più su uno slot o un tavolo di {session} (la sessione è stata modificata): avvia di nuovo la pianificazione per ricollocarlo (prima sbloccalo, se è bloccato).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table {table} has {count} meetings in this slot.</source>
        <translation>Il tavolo {table} ha {count} incontri in questa fascia oraria.</translation>
    </message>
    <message>
        <location line="+198"/>
        <location line="+13"/>
        <source>Interpreter: {name}</source>
        <translation>Interprete: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locked: the scheduler and moves leave it here.</source>
        <translation>Bloccato: la pianificazione automatica e gli spostamenti lo lasciano qui.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <location line="+291"/>
        <source>Unlock</source>
        <translation>Sblocca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock</source>
        <translation>Blocca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark on the day</source>
        <translation>Segna com&apos;è andato</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Note…</source>
        <translation>Nota…</translation>
    </message>
</context>
<context>
    <name>B2BPage</name>
    <message>
        <location filename="../../ui/pages/b2b.py" line="+81"/>
        <location line="+359"/>
        <source>Lock</source>
        <translation>Blocca</translation>
    </message>
    <message>
        <location line="-357"/>
        <source>A locked meeting stays where it is.</source>
        <translation>Un incontro bloccato resta dov&apos;è.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a conflict to select its meeting (and lock or unlock it).</source>
        <translation>Seleziona un conflitto per selezionarne l&apos;incontro (e bloccarlo o sbloccarlo).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The schedule</source>
        <translation>Il calendario degli incontri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The meeting requests</source>
        <translation>Le richieste di incontro</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <location line="+201"/>
        <source>Conflicts: %n</source>
        <translation>
            <numerusform>Conflitti: %n</numerusform>
            <numerusform>Conflitti: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Schedule grid</source>
        <translation>Griglia degli incontri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unscheduled requests</source>
        <translation>Richieste non pianificate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timelines</source>
        <translation>Agende individuali</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per table</source>
        <translation>Per tavolo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No B2B session yet: add one.</source>
        <translation>Ancora nessuna sessione B2B: aggiungerne una.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a B2B session…</source>
        <translation>Aggiungi una sessione B2B…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>B2B meetings</source>
        <translation>Incontri B2B</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Move meeting “{name}”</source>
        <translation>spostamento dell&apos;incontro “{name}”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lock meeting “{name}”</source>
        <translation>blocco dell&apos;incontro “{name}”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock meeting “{name}”</source>
        <translation>sblocco dell&apos;incontro “{name}”</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Mark meeting “{name}”</source>
        <translation>Segna l&apos;incontro “{name}”</translation>
    </message>
    <message numerus="yes">
        <location line="+142"/>
        <source>Unscheduled requests (%n)</source>
        <translation>
            <numerusform>Richieste non pianificate (%n)</numerusform>
            <numerusform>Richieste non pianificate (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not load: {reason}</source>
        <translation>Impossibile caricare: {reason}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Unlock</source>
        <translation>Sblocca</translation>
    </message>
</context>
<context>
    <name>B2BReasons</name>
    <message>
        <location filename="../../ui/b2b/lists.py" line="+49"/>
        <source>{a} and {b} share no free slot</source>
        <translation>{a} e {b} non hanno uno slot libero in comune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no interpreter speaks both {a} and {b}</source>
        <translation>nessun interprete parla sia {a} sia {b}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no interpreter is free in the slots both are free</source>
        <translation>nessun interprete è libero negli slot in cui entrambi sono liberi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{a} already has its maximum of {count} meetings</source>
        <translation>{a} ha già il massimo di {count} incontri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{a} is fully booked in the slots both are free</source>
        <translation>{a} è al completo negli slot in cui entrambi sono liberi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no table is free in the slots both are free</source>
        <translation>nessun tavolo è libero negli slot in cui entrambi sono liberi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a higher-value set of meetings used the slots both are free</source>
        <translation>un insieme di incontri di maggior valore ha occupato gli slot in cui entrambi sono liberi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the time limit was reached before a schedule meeting every requirement was found</source>
        <translation>il tempo limite è scaduto prima di trovare una pianificazione che rispetti ogni requisito</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not scheduled yet: run the scheduler</source>
        <translation>non ancora pianificato: avvia la pianificazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>requested or changed after the last run: run the scheduler again</source>
        <translation>richiesto o modificato dopo l&apos;ultima pianificazione: avviala di nuovo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the last run placed it; it was taken out of the schedule since</source>
        <translation>l&apos;ultima pianificazione lo aveva collocato; da allora è stato tolto</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <location filename="../../ui/requests/models.py" line="+123"/>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Japanese name</source>
        <translation>Nome giapponese</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Side</source>
        <translation>Lato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors</source>
        <translation>Settori</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asks</source>
        <translation>Chiede</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asked by</source>
        <translation>Richiesta da</translation>
    </message>
</context>
<context>
    <name>CheckInOutcome</name>
    <message>
        <location filename="../../ui/check_in/outcomes.py" line="+64"/>
        <source>Checked in</source>
        <translation>Registrato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already checked in at {time}</source>
        <translation>Già registrato alle {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read twice: counted once</source>
        <translation>Letto due volte: contato una volta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several people: pick one</source>
        <translation>Più persone: sceglierne una</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in undone</source>
        <translation>Registrazione annullata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not undone</source>
        <translation>Non annullata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown code</source>
        <translation>Codice sconosciuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge of another mission</source>
        <translation>Badge di un&apos;altra missione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old badge</source>
        <translation>Badge vecchio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreadable scan</source>
        <translation>Lettura illeggibile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing scanned</source>
        <translation>Niente letto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No such name</source>
        <translation>Nome non trovato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter to check in</source>
        <translation>Invio per registrare</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../../ui/pages/check_in.py" line="+115"/>
        <source>Scan a badge, or type a name and press Enter</source>
        <translation>Leggere un badge, o digitare un nome e premere Invio</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>↑ ↓ to choose, Enter to check in, Esc to close</source>
        <translation>↑ ↓ per scegliere, Invio per registrare l&apos;arrivo, Esc per chiudere</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kiosk screen (F11)</source>
        <translation>Schermo per gli ospiti (F11)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show each answer full screen on a second screen facing the arrivals</source>
        <translation>Mostra ogni risposta a schermo intero su un secondo schermo rivolto verso chi arriva</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Accept badges printed before the secret codes</source>
        <translation>Accettare i badge stampati prima dei codici segreti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Old badges carry a code anyone could make up (PONTE:mission:participant). Accept them only until every badge is reprinted.</source>
        <translation>I vecchi badge portano un codice che chiunque potrebbe inventare (PONTE:missione:partecipante). Accettarli solo finché tutti i badge non sono ristampati.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Arrived / expected</source>
        <translation>Arrivati / attesi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrived at this desk</source>
        <translation>Arrivati a questo banco</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Check-in</source>
        <translation>Accrediti</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No mission open</source>
        <translation>Nessuna missione aperta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a mission first.</source>
        <translation>Aprire prima una missione.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Could not check in: {reason}</source>
        <translation>Impossibile registrare l&apos;arrivo: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recorded</source>
        <translation>Non registrato</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo check-in (Ctrl+Z)</source>
        <translation>Annulla registrazione (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo check-in of {name} (Ctrl+Z)</source>
        <translation>Annulla la registrazione di {name} (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Could not load the counts: {reason}</source>
        <translation>Impossibile caricare i conteggi: {reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not change it: {reason}</source>
        <translation>Impossibile cambiarlo: {reason}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="+42"/>
        <source>Changed by someone else</source>
        <translation>Modificato da qualcun altro</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you opened it</source>
        <translation>Quando l&apos;hai aperto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yours</source>
        <translation>I tuoi</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Save the chosen values</source>
        <translation>Salva i valori scelti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is saved; the form keeps what you typed.</source>
        <translation>Non viene salvato nulla; il modulo conserva ciò che hai scritto.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{who} changed this record after you opened it. Nothing was saved yet: choose, for each field, which value to keep.</source>
        <translation>{who} ha modificato questo record dopo che l&apos;avevi aperto. Non è ancora stato salvato nulla: scegli, per ogni campo, quale valore tenere.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone else changed this record after you opened it. Nothing was saved yet: choose, for each field, which value to keep.</source>
        <translation>Qualcun altro ha modificato questo record dopo che l&apos;avevi aperto. Non è ancora stato salvato nulla: scegli, per ogni campo, quale valore tenere.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Theirs ({who}, {when})</source>
        <translation>Di {who} ({when})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theirs ({who})</source>
        <translation>Di {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs (saved meanwhile)</source>
        <translation>Dell&apos;altro (salvati nel frattempo)</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/dashboard/view.py" line="+94"/>
        <source>{held} of {scheduled} scheduled meetings</source>
        <translation>{held} su {scheduled} incontri in programma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{concrete} of {answers} answers (each side answers for itself)</source>
        <translation>{concrete} su {answers} risposte (ogni parte risponde per sé)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{done} done</source>
        <translation>{done} completati</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Organisations: Turin {turin}, Nagoya {nagoya}</source>
        <translation>Organizzazioni: Torino {turin}, Nagoya {nagoya}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Concrete follow-up</source>
        <translation>Seguito concreto</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{answers} answers; {unanswered} held meetings not answered</source>
        <translation>{answers} risposte; {unanswered} incontri svolti senza risposta</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{turin} × {nagoya}: {held} held of {scheduled} scheduled</source>
        <translation>{turin} × {nagoya}: {held} svolti su {scheduled} in programma</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{meetings} meetings in {slots} slots available, {held} held</source>
        <translation>{meetings} incontri su {slots} fasce disponibili, {held} svolti</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="+106"/>
        <source>Write the report…</source>
        <translation>Scrivi la relazione…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open the report</source>
        <translation>Apri la relazione</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Dashboard</source>
        <translation>Cruscotto</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Could not read the figures: {reason}</source>
        <translation>Impossibile leggere i dati: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing scheduled yet</source>
        <translation>Ancora nulla in programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No outcomes recorded yet</source>
        <translation>Nessun esito registrato finora</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No meetings requested yet</source>
        <translation>Nessun incontro richiesto finora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No participants yet</source>
        <translation>Ancora nessun partecipante</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No interpreters yet</source>
        <translation>Ancora nessun interprete</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No earlier mission to compare with</source>
        <translation>Nessuna missione precedente con cui confrontare</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Writing the report…</source>
        <translation>Scrittura della relazione…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopping…</source>
        <translation>Interruzione…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Written: {files}</source>
        <translation>Scritto: {files}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(nothing is scheduled yet: the meeting figures are zero)</source>
        <translation>(ancora nulla in programma: i dati sugli incontri sono a zero)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelled: no report was written.</source>
        <translation>Annullato: nessuna relazione è stata scritta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not write the report: {reason}</source>
        <translation>Impossibile scrivere la relazione: {reason}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/forms/date_fields.py" line="+205"/>
        <source>Choose in a calendar</source>
        <translation>Scegli nel calendario</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Write a date, e.g. {0}.</source>
        <translation>Scrivi una data, per esempio {0}.</translation>
    </message>
</context>
<context>
    <name>DayTimeline</name>
    <message>
        <location filename="../../ui/widgets/day_timeline.py" line="-389"/>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>mer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <translation>gio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>ven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>sab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>break</source>
        <translation>pausa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag across a day to add a time this person cannot meet; double-click a block to edit it, select it and press Delete to remove it.</source>
        <translation>Trascinare su un giorno per aggiungere un periodo in cui la persona non è disponibile; doppio clic su un blocco per modificarlo, selezionarlo e premere Canc per eliminarlo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. plant visit, flight, break</source>
        <translation>es. visita in stabilimento, volo, pausa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The time zone of the times typed in From and To</source>
        <translation>Il fuso orario degli orari scritti in Dalle e Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+324"/>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <location line="-322"/>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From</source>
        <translation>Mittente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <location line="+117"/>
        <location line="+159"/>
        <source>Add unavailability</source>
        <translation>Aggiungi indisponibilità</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Change unavailability</source>
        <translation>Modifica indisponibilità</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove unavailability</source>
        <translation>Elimina indisponibilità</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Select a person to see their days.</source>
        <translation>Selezionare una persona per vederne le giornate.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: times they cannot meet, in {zone}</source>
        <translation>{name}: periodi di indisponibilità, ora di {zone}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
</context>
<context>
    <name>DelegationsPanel</name>
    <message>
        <location filename="../../ui/setup/delegations_panel.py" line="+43"/>
        <source>Delegations</source>
        <translation>Delegazioni</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Turin side</source>
        <translation>Lato di Torino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nagoya side</source>
        <translation>Lato di Nagoya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As in English: {name}</source>
        <translation>Come in inglese: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Turin delegation</source>
        <translation>es. Delegazione di Torino</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+120"/>
        <source>Side:</source>
        <translation>Lato:</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+117"/>
        <source>Name (English):</source>
        <translation>Nome (inglese):</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+118"/>
        <source>Name (Italian):</source>
        <translation>Nome (italiano):</translation>
    </message>
    <message>
        <location line="-118"/>
        <location line="+119"/>
        <source>Name (Japanese):</source>
        <translation>Nome (giapponese):</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+118"/>
        <source>Head of delegation:</source>
        <translation>Capo delegazione:</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+118"/>
        <source>Member organisations:</source>
        <translation>Organizzazioni membri:</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+118"/>
        <source>People assigned:</source>
        <translation>Persone assegnate:</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+73"/>
        <source>New delegation</source>
        <translation>Nuova delegazione</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Save delegation</source>
        <translation>Salva delegazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete delegation</source>
        <translation>Elimina delegazione</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Turin</source>
        <translation>Torino</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nagoya</source>
        <translation>Nagoya</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delegation: {name}</source>
        <translation>Delegazione: {name}</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>(no head yet)</source>
        <translation>(nessun capo per ora)</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../ui/pages/documents.py" line="+79"/>
        <source>Badges</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal agendas</source>
        <translation>Agende personali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation agendas</source>
        <translation>Agende delle aziende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table sheets and master grid</source>
        <translation>Fogli dei tavoli e griglia generale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (.ics)</source>
        <translation>File di calendario (.ics)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme booklet (two languages)</source>
        <translation>Libretto del programma (due lingue)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The participants selected below</source>
        <translation>I partecipanti selezionati qui sotto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter by name or organisation…</source>
        <translation>Filtra per nome o azienda…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>As the layout says</source>
        <translation>Come da modello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in code</source>
        <translation>Codice per l&apos;accredito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact card (vCard)</source>
        <translation>Biglietto da visita (vCard)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On a partly used sheet: the first free label.</source>
        <translation>Su un foglio già in parte usato: la prima etichetta libera.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop marks</source>
        <translation>Segni di taglio</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+7"/>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Japanese</source>
        <translation>Giapponese</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make documents</source>
        <translation>Crea documenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open folder</source>
        <translation>Apri cartella</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Document:</source>
        <translation>Documento:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For:</source>
        <translation>Per:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layout:</source>
        <translation>Modello:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QR code:</source>
        <translation>Codice QR:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start at label:</source>
        <translation>Inizia dall&apos;etichetta:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Master grid paper:</source>
        <translation>Carta della griglia generale:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns:</source>
        <translation>Colonne:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder:</source>
        <translation>Cartella:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Made:</source>
        <translation>Creati:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Documents</source>
        <translation>Documenti</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This layout prints one badge on each sheet, the size of the sheet: there is nothing to cut, so no crop marks.</source>
        <translation>Questo modello stampa un badge per foglio, grande quanto il foglio: non c&apos;è nulla da tagliare, quindi niente segni di taglio.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Folder for the documents</source>
        <translation>Cartella per i documenti</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open a mission first.</source>
        <translation>Apri prima una missione.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a folder for the documents.</source>
        <translation>Scegli una cartella per i documenti.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select at least one participant, or choose Everyone.</source>
        <translation>Seleziona almeno un partecipante, oppure scegli Tutti.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Reading the mission…</source>
        <translation>Lettura della missione…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Making the documents…</source>
        <translation>Creazione dei documenti…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopping…</source>
        <translation>Interruzione in corso…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%v of %m</source>
        <translation>%v di %m</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Made %n document(s) in {folder}.</source>
        <translation>
            <numerusform>Creato %n documento in {folder}.</numerusform>
            <numerusform>Creati %n documenti in {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled. {detail}</source>
        <translation>Annullato. {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not make the documents: {reason}</source>
        <translation>Impossibile creare i documenti: {reason}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot show {name} here.</source>
        <translation>Impossibile mostrare {name} qui.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="+37"/>
        <source>Suspected duplicates</source>
        <translation>Possibili doppioni</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Participant</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the selected one, merge the others into it</source>
        <translation>Tieni quello selezionato, unisci gli altri a esso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These participants look like the same person. Choose the record to keep: the others of its group are merged into it (their meetings, availability and sent log move to it, their details fill its empty fields) and deleted.</source>
        <translation>Questi partecipanti sembrano la stessa persona. Scegli la scheda da tenere: le altre del gruppo vi vengono unite (incontri, disponibilità e registro degli invii passano a essa, i loro dati ne riempiono i campi vuoti) e poi cancellate.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>same e-mail</source>
        <translation>stessa e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name and organisation</source>
        <translation>stesso nome e organizzazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name, family and given swapped</source>
        <translation>stesso nome, cognome e nome invertiti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name in kana</source>
        <translation>stesso nome in kana</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Group {n}: {reasons}</source>
        <translation>Gruppo {n}: {reasons}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No suspected duplicates in this mission.</source>
        <translation>Nessun possibile doppione in questa missione.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Merge participants</source>
        <translation>Unisci partecipanti</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Merge %n participant(s) into participant {keep}? This cannot be undone.</source>
        <translation>
            <numerusform>Unire %n partecipante al partecipante {keep}? Non si può annullare.</numerusform>
            <numerusform>Unire %n partecipanti al partecipante {keep}? Non si può annullare.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Merged.</source>
        <translation>Uniti.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not merge: {reason}</source>
        <translation>Impossibile unire: {reason}</translation>
    </message>
</context>
<context>
    <name>ErasureFollowUp</name>
    <message>
        <location filename="../../ui/erasure_follow_up.py" line="+64"/>
        <source>After the erasure</source>
        <translation>Dopo la cancellazione</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Finish erasure</source>
        <translation>&amp;Completa cancellazione</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Look in another folder…</source>
        <translation>&amp;Cerca in un&apos;altra cartella…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete the checked files</source>
        <translation>&amp;Elimina i file selezionati</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Finishing the erasure…</source>
        <translation>Completamento della cancellazione…</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n file(s) Ponte made before still name the erased people. Delete them, or keep those you must keep.</source>
        <translation>
            <numerusform>File creati prima da Ponte che nominano ancora le persone cancellate: %n. Eliminarli, oppure conservare quelli che si è tenuti a conservare.</numerusform>
            <numerusform>File creati prima da Ponte che nominano ancora le persone cancellate: %n. Eliminarli, oppure conservare quelli che si è tenuti a conservare.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No file Ponte made before names the erased people.</source>
        <translation>Nessun file creato prima da Ponte nomina le persone cancellate.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Deleted %n file(s).</source>
        <translation>
            <numerusform>File eliminati: %n.</numerusform>
            <numerusform>File eliminati: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not delete: {files}</source>
        <translation>Impossibile eliminare: {files}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Look for files that name them in</source>
        <translation>Cercare i file che li nominano in</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Looking in {folder}…</source>
        <translation>Ricerca in {folder}…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n file(s) found there.</source>
        <translation>
            <numerusform>File trovati lì: %n.</numerusform>
            <numerusform>File trovati lì: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="+35"/>
        <source>Unexpected error</source>
        <translation>Errore imprevisto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong: {error}

What was saved is safe. Details: {log}</source>
        <translation>Si è verificato un problema: {error}

I dati salvati sono al sicuro. Dettagli: {log}</translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <location filename="../../ui/export_button.py" line="+32"/>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this table to an .xlsx or .csv file.</source>
        <translation>Scrivi questa tabella in un file .xlsx o .csv.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Cartella di lavoro Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Exported %n row(s) to {path}.</source>
        <translation>
            <numerusform>Esportata %n riga in {path}.</numerusform>
            <numerusform>Esportate %n righe in {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not export: {reason}</source>
        <translation>Impossibile esportare: {reason}</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../ui/outcomes/follow_ups.py" line="+149"/>
        <source>Follow-up</source>
        <translation>Seguito</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>By</source>
        <translation>Entro</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Entro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <location line="-99"/>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Entro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>overdue</source>
        <translation>scaduto</translation>
    </message>
</context>
<context>
    <name>FollowUpsWidget</name>
    <message>
        <location line="+118"/>
        <source>Add…</source>
        <translation>Aggiungi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done / not done</source>
        <translation>Fatto / da fare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show:</source>
        <translation>Mostra:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Every organisation</source>
        <translation>Tutte le organizzazioni</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n seguito</numerusform>
            <numerusform>%n seguiti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n scaduto</numerusform>
            <numerusform>%n scaduti</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Add follow-up “{what}”</source>
        <translation>Aggiungi il seguito “{what}”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit follow-up “{what}”</source>
        <translation>Modifica il seguito “{what}”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mark follow-up “{what}” done</source>
        <translation>Segna il seguito “{what}” come fatto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark follow-up “{what}” not done</source>
        <translation>Segna il seguito “{what}” come da fare</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete follow-up “{what}”</source>
        <translation>Elimina il seguito “{what}”</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export follow-ups</source>
        <translation>Esporta i seguiti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheet (*.xlsx);;CSV (*.csv)</source>
        <translation>Foglio di calcolo (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Wrote %n follow-up(s) to {path}</source>
        <translation>
            <numerusform>Scritto %n seguito in {path}</numerusform>
            <numerusform>Scritti %n seguiti in {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/history.py" line="+46"/>
        <source>History of the mission</source>
        <translation>Cronologia della missione</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When (mission)</source>
        <translation>Quando (missione)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When (here)</source>
        <translation>Quando (qui)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Che cosa</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Every change to this mission, newest first: who made it and which fields it changed (never their values).</source>
        <translation>Ogni modifica a questa missione, dalla più recente: chi l&apos;ha fatta e quali campi ha cambiato (mai i loro valori).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show older changes</source>
        <translation>Mostra modifiche precedenti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>When ({zone})</source>
        <translation>Quando ({zone})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{shown} of {total} changes shown.</source>
        <translation>{shown} di {total} modifiche mostrate.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not read the history: {reason}</source>
        <translation>Impossibile leggere la cronologia: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="+72"/>
        <source>Import from a spreadsheet</source>
        <translation>Importa da un foglio di calcolo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a .xlsx or .csv file</source>
        <translation>un file .xlsx o .csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guess from the headers</source>
        <translation>Riconosci dalle intestazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting requests</source>
        <translation>Richieste di incontro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Availability (times a participant cannot meet)</source>
        <translation>Disponibilità (quando un partecipante non può incontrare)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interpreters</source>
        <translation>Interpreti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B2B sessions</source>
        <translation>Sessioni B2B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venues</source>
        <translation>Sedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegations</source>
        <translation>Delegazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome survey (filled forms)</source>
        <translation>Questionario sugli esiti (moduli compilati)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holds</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet</source>
        <translation>Foglio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column in the file</source>
        <translation>Colonna nel file</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import the rows without errors, leave the others</source>
        <translation>Importa le righe senza errori, tralascia le altre</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Spreadsheet to import</source>
        <translation>Foglio di calcolo da importare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets ({0})</source>
        <translation>Fogli di calcolo ({0})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading {name}…</source>
        <translation>Lettura di {name}…</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n row(s) under the header; columns: {columns}.</source>
        <translation>
            <numerusform>%n riga sotto l&apos;intestazione; colonne: {columns}.</numerusform>
            <numerusform>%n righe sotto l&apos;intestazione; colonne: {columns}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This file cannot be imported: {reason}</source>
        <translation>Questo file non si può importare: {reason}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(not imported)</source>
        <translation>(non importato)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name (split into family and given name)</source>
        <translation>Nome completo (diviso in cognome e nome)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name (kanji)</source>
        <translation>Cognome (kanji)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name (kanji)</source>
        <translation>Nome (kanji)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name (kanji)</source>
        <translation>Nome completo (kanji)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name (kana)</source>
        <translation>Cognome (kana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name (kana)</source>
        <translation>Nome (kana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name (kana)</source>
        <translation>Nome completo (kana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation (Latin script)</source>
        <translation>Organizzazione (lettere latine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation (Japanese)</source>
        <translation>Organizzazione (giapponese)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation (kana)</source>
        <translation>Organizzazione (kana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival (not available before)</source>
        <translation>Arrivo (non disponibile prima)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departure (not available after)</source>
        <translation>Partenza (non disponibile dopo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (Japanese)</source>
        <translation>Ruolo (giapponese)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document language</source>
        <translation>Lingua dei documenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages spoken</source>
        <translation>Lingue parlate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge category</source>
        <translation>Categoria del badge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent (contact details on the badge)</source>
        <translation>Consenso (contatti sul badge)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Latin script)</source>
        <translation>Nome (caratteri latini)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Japanese)</source>
        <translation>Nome (giapponese)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (kana)</source>
        <translation>Nome (kana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation (Turin or Nagoya)</source>
        <translation>Delegazione (Torino o Nagoya)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors</source>
        <translation>Settori</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation&apos;s sectors</source>
        <translation>Settori dell&apos;organizzazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile (Japanese)</source>
        <translation>Profilo (giapponese)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most meetings</source>
        <translation>Numero massimo di incontri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address (Japanese)</source>
        <translation>Indirizzo (giapponese)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Head of delegation</source>
        <translation>Capo delegazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member organisations</source>
        <translation>Organizzazioni membri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requesting organisation</source>
        <translation>Organizzazione richiedente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested organisation</source>
        <translation>Organizzazione richiesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No thanks (the pair must not meet)</source>
        <translation>No grazie (la coppia non deve incontrarsi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mandatory</source>
        <translation>Obbligatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>Interprete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Data di fine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Name (Italian)</source>
        <translation>Nome (italiano)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slot length (minutes)</source>
        <translation>Durata del turno (minuti)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of tables</source>
        <translation>Numero di tavoli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table names</source>
        <translation>Nomi dei tavoli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegations taking part</source>
        <translation>Delegazioni partecipanti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (Italian)</source>
        <translation>Titolo (italiano)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description (English)</source>
        <translation>Descrizione (inglese)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description (Italian)</source>
        <translation>Descrizione (italiano)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description (Japanese)</source>
        <translation>Descrizione (giapponese)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For whom</source>
        <translation>Per chi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting ref.</source>
        <translation>Rif. incontro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met with</source>
        <translation>Incontro con</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up: what</source>
        <translation>Seguito: cosa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up: by (date)</source>
        <translation>Seguito: entro (data)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up: who</source>
        <translation>Seguito: chi</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not imported: {columns}</source>
        <translation>Non importate: {columns}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Open a mission first.</source>
        <translation>Apri prima una missione.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking every row…</source>
        <translation>Controllo di ogni riga…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>new</source>
        <translation>nuovo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update</source>
        <translation>aggiornamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>invariato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>errore</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>changes: {fields}</source>
        <translation>modifiche: {fields}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New: {new}. Updated: {updated}. Unchanged: {same}. With errors: {errors}.</source>
        <translation>Nuovi: {new}. Aggiornati: {updated}. Invariati: {same}. Con errori: {errors}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Correct the file and read it again, or import only the rows without errors.</source>
        <translation>Correggi il file e rileggilo, oppure importa solo le righe senza errori.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything in the file is already in the mission.</source>
        <translation>Tutto il contenuto del file è già nella missione.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is written until you press Import.</source>
        <translation>Nulla viene scritto finché non premi Importa.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing…</source>
        <translation>Importazione…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imported: {created} new, {updated} updated.</source>
        <translation>Importati: {created} nuovi, {updated} aggiornati.</translation>
    </message>
</context>
<context>
    <name>InterpreterForm</name>
    <message>
        <location filename="../../ui/forms/interpreter.py" line="+42"/>
        <location line="+55"/>
        <source>None ticked: works every session.</source>
        <translation>Nessuna spuntata: lavora in tutte le sessioni.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>e.g. it, ja, en (at least two)</source>
        <translation>es. it, ja, en (almeno due)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name (Latin script)</source>
        <translation>Nome (caratteri latini)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Name in kanji</source>
        <translation>Nome in kanji</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading (kana)</source>
        <translation>Lettura (kana)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name order</source>
        <translation>Ordine del nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages spoken</source>
        <translation>Lingue parlate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions worked</source>
        <translation>Sessioni lavorate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents in</source>
        <translation>Documenti in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The mission has no B2B session yet.</source>
        <translation>La missione non ha ancora sessioni B2B.</translation>
    </message>
</context>
<context>
    <name>InterpreterTableModel</name>
    <message>
        <location filename="../../ui/models/interpreters.py" line="+26"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese name</source>
        <translation>Nome giapponese</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in Latin script</source>
        <translation>Nome in caratteri latini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions worked</source>
        <translation>Sessioni lavorate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unavailable</source>
        <translation>Indisponibilità</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All</source>
        <translation>Tutte</translation>
    </message>
</context>
<context>
    <name>InterpretersPage</name>
    <message>
        <location filename="../../ui/pages/interpreters.py" line="+58"/>
        <source>Breaks and other times they cannot interpret</source>
        <translation>Pause e altri periodi in cui non può interpretare</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. break, lunch</source>
        <translation>es. pausa, pranzo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interpreters</source>
        <translation>Interpreti</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New interpreter</source>
        <translation>Nuovo interprete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an interpreter, or add one.</source>
        <translation>Selezionare un interprete o aggiungerne uno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add interpreter “{name}”</source>
        <translation>Aggiungi interprete “{name}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit interpreter “{name}”</source>
        <translation>Modifica interprete “{name}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard your changes to “{name}”?</source>
        <translation>Scartare le modifiche a “{name}”?</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Remove interpreter “{name}”?</source>
        <translation>Eliminare l&apos;interprete “{name}”?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their breaks go with them; their meetings stay, without an interpreter. You can undo this.</source>
        <translation>Le sue pause vengono eliminate; i suoi incontri restano, senza interprete. L&apos;operazione si può annullare.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove interpreter “{name}”</source>
        <translation>Elimina interprete “{name}”</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <location filename="../../ui/programme/form.py" line="+136"/>
        <location line="+176"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location line="-171"/>
        <location line="+172"/>
        <source>Title (English):</source>
        <translation>Titolo (English):</translation>
    </message>
    <message>
        <location line="-171"/>
        <location line="+172"/>
        <source>Title (Italiano):</source>
        <translation>Titolo (Italiano):</translation>
    </message>
    <message>
        <location line="-171"/>
        <location line="+172"/>
        <source>Title (日本語):</source>
        <translation>Titolo (日本語):</translation>
    </message>
    <message>
        <location line="-167"/>
        <location line="+168"/>
        <source>Description (English):</source>
        <translation>Descrizione (English):</translation>
    </message>
    <message>
        <location line="-164"/>
        <location line="+165"/>
        <source>Description (Italiano):</source>
        <translation>Descrizione (Italiano):</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+162"/>
        <source>Description (日本語):</source>
        <translation>Descrizione (日本語):</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+157"/>
        <source>Venue:</source>
        <translation>Sede:</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+156"/>
        <source>Time zone:</source>
        <translation>Fuso orario:</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Day:</source>
        <translation>Giorno:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+144"/>
        <source>Start:</source>
        <translation>Inizio:</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>next day</source>
        <translation>giorno dopo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item ends after midnight.</source>
        <translation>L&apos;evento finisce dopo mezzanotte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+135"/>
        <source>End:</source>
        <translation>Fine:</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A delegation</source>
        <translation>Una delegazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An organisation&apos;s delegates</source>
        <translation>I delegati di un&apos;organizzazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named participants</source>
        <translation>Partecipanti indicati per nome</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+109"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>For:</source>
        <translation>Per:</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>No venue</source>
        <translation>Nessuna sede</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/models/labels.py" line="+25"/>
        <source>Turin</source>
        <translation>Torino</translation>
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
        <translation>Aerospazio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Robotics</source>
        <translation>Robotica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machinery</source>
        <translation>Macchinari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Materials</source>
        <translation>Materiali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electronics</source>
        <translation>Elettronica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green transition</source>
        <translation>Transizione verde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital</source>
        <translation>Digitale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy</source>
        <translation>Energia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food</source>
        <translation>Agroalimentare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance</source>
        <translation>Finanza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation>Istituzioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Servizi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delegate</source>
        <translation>Delegato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Relatore</translation>
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
        <translation>Stampa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>Interprete</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese</source>
        <translation>Giapponese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Family name first (TANAKA Hiroshi)</source>
        <translation>Prima il cognome (TANAKA Hiroshi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name first (Mario Rossi)</source>
        <translation>Prima il nome (Mario Rossi)</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <location filename="../../ui/live_updates.py" line="+131"/>
        <source>another coordinator</source>
        <translation>un altro coordinatore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated by {who} at {time}</source>
        <translation>Aggiornato da {who} alle {time}</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/mail_settings.py" line="+51"/>
        <source>Mail settings</source>
        <translation>Impostazioni di posta</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (di solito porta 587)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS (usually port 465)</source>
        <translation>TLS (di solito porta 465)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (only a server on this computer)</source>
        <translation>Nessuna (solo un server su questo computer)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty if the server needs no login</source>
        <translation>vuoto se il server non richiede accesso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the password in the system keyring</source>
        <translation>Conserva la password nel portachiavi di sistema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kept in the system keyring</source>
        <translation>conservata nel portachiavi di sistema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer has no system keyring: Ponte asks for the password.</source>
        <translation>Questo computer non ha un portachiavi di sistema: Ponte chiede la password.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asked for at each sending</source>
        <translation>richiesta a ogni invio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the mission organiser&apos;s address</source>
        <translation>l&apos;indirizzo dell&apos;organizzatore della missione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no pause</source>
        <translation>nessuna pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> a minute</source>
        <translation> al minuto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>your address</source>
        <translation>il tuo indirizzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a test message</source>
        <translation>Invia un messaggio di prova</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Sicurezza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Mittente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pace</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test</source>
        <translation>Prova</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Sending a test message to {address}…</source>
        <translation>Invio di un messaggio di prova a {address}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server accepted the test message: check the inbox.</source>
        <translation>Il server ha accettato il messaggio di prova: controlla la casella.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The test message was not sent: {reason}</source>
        <translation>Il messaggio di prova non è stato inviato: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+111"/>
        <location line="+473"/>
        <source>Personal data</source>
        <translation>Dati personali</translation>
    </message>
    <message>
        <location line="-391"/>
        <source>Mission</source>
        <translation>Missione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mission:</source>
        <translation>Missione:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New mission…</source>
        <translation>Nuova &amp;missione…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New mission</source>
        <translation>Nuova missione</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Working…</source>
        <translation>Elaborazione in corso…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nuovo database…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Apri database…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;shared database…</source>
        <translation>Apri database c&amp;ondiviso…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>&amp;Importa da un foglio di calcolo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set-up &amp;workbook…</source>
        <translation>&amp;Cartella di impostazione…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspected &amp;duplicates…</source>
        <translation>Possibili &amp;doppioni…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History of the mission…</source>
        <translation>&amp;Cronologia della missione…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Erase personal data of this mission…</source>
        <translation>&amp;Cancella i dati personali di questa missione…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Finish erasure</source>
        <translation>&amp;Completa cancellazione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clean the database file or server of erased people once the other program that held it has closed.</source>
        <translation>Ripulire il file del database o il server dalle persone cancellate, una volta chiuso l&apos;altro programma che lo teneva aperto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore from a &amp;backup…</source>
        <translation>Ripristina da una copia di &amp;sicurezza…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System language</source>
        <translation>Lingua di sistema</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Ponte</source>
        <translation>&amp;Informazioni su Ponte</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+36"/>
        <source>No database open</source>
        <translation>Nessun database aperto</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Database: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No missions yet — create one with New mission…</source>
        <translation>Nessuna missione: crearne una con Nuova missione…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No mission open</source>
        <translation>Nessuna missione aperta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} — {1}, {2}</source>
        <translation>{0} — {1}, {2}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0}, {1} to {2}, time zone {3}</source>
        <translation>{0}, dal {1} al {2}, fuso orario {3}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No recent databases</source>
        <translation>Nessun database recente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Clear</source>
        <translation>&amp;Svuota elenco</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Restore from a backup</source>
        <translation>Ripristina da una copia di sicurezza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a database file first: its backups are listed.</source>
        <translation>Aprire prima un file di database: vengono elencate le sue copie di sicurezza.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The database is damaged</source>
        <translation>Il database è danneggiato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the newest good backup, {0}?</source>
        <translation>Ripristinare la copia di sicurezza valida più recente, {0}?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a mission first: the import goes into it.</source>
        <translation>Apri prima una missione: l&apos;importazione va in quella.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Suspected duplicates</source>
        <translation>Possibili doppioni</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>History of the mission</source>
        <translation>Cronologia della missione</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Erase</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+12"/>
        <location line="+13"/>
        <source>Open a mission first.</source>
        <translation>Apri prima una missione.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Erase personal data</source>
        <translation>Cancella i dati personali</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase every participant of {mission}: names, contacts, languages, availability and the sent log, also from the published versions? The organisations, the programme and the meetings stay. This cannot be undone.</source>
        <translation>Cancellare tutti i partecipanti di {mission}: nomi, contatti, lingue, disponibilità e registro degli invii, anche dalle versioni pubblicate? Organizzazioni, programma e incontri restano. Non si può annullare.</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+5"/>
        <source>Finish erasure</source>
        <translation>Completa cancellazione</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Open a database first.</source>
        <translation>Aprire prima un database.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New database</source>
        <translation>Nuovo database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ponte databases ({0})</source>
        <translation>Database Ponte ({0})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open database</source>
        <translation>Apri database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ponte databases ({0});;All files (*)</source>
        <translation>Database Ponte ({0});;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the system language</source>
        <translation>lingua di sistema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ponte will be shown in {0} the next time it starts.</source>
        <translation>Lingua scelta: {0}. Sarà usata al prossimo avvio di Ponte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Ponte</source>
        <translation>Informazioni su Ponte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ponte {0}

Trade missions between the chambers of commerce of Turin and Nagoya: delegations, agenda, B2B meetings, badges and calendars.</source>
        <translation>Ponte {0}

Missioni economiche tra le Camere di commercio di Torino e di Nagoya: delegazioni, programma, incontri B2B, badge e calendari.</translation>
    </message>
</context>
<context>
    <name>MeetingDetailsView</name>
    <message>
        <location filename="../../ui/b2b/details.py" line="+35"/>
        <source>Select a meeting to see its details.</source>
        <translation>Seleziona un incontro per vederne i dettagli.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Table {table} · {session}</source>
        <translation>Tavolo {table} · {session}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interpreter: {name}</source>
        <translation>Interprete: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No interpreter</source>
        <translation>Nessun interprete</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nobody named yet</source>
        <translation>nessuno ancora indicato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{organisation}: {people}</source>
        <translation>{organisation}: {people}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{requester} asked to meet {requested}, priority {priority} of 5, mandatory</source>
        <translation>{requester} ha chiesto di incontrare {requested}, priorità {priority} su 5, obbligatorio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{requester} asked to meet {requested}, priority {priority} of 5</source>
        <translation>{requester} ha chiesto di incontrare {requested}, priorità {priority} su 5</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nobody asked for this meeting (placed by hand).</source>
        <translation>Nessuno ha chiesto questo incontro (collocato a mano).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked: the scheduler and moves leave it here.</source>
        <translation>Bloccato: lo scheduler e gli spostamenti lo lasciano qui.</translation>
    </message>
</context>
<context>
    <name>MeetingStatus</name>
    <message>
        <location filename="../../ui/b2b/status_marks.py" line="+62"/>
        <location line="+15"/>
        <source>Held</source>
        <translation>Svolto</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+2"/>
        <source>{name} did not come</source>
        <translation>{name} non è venuto</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Neither came</source>
        <translation>Non è venuto nessuno</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>In programma</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A did not come</source>
        <translation>A non è venuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B did not come</source>
        <translation>B non è venuto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled (late)</source>
        <translation>Annullato (all&apos;ultimo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to scheduled</source>
        <translation>Di nuovo in programma</translation>
    </message>
    <message>
        <location filename="../../ui/b2b/table_day.py" line="-130"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on “{meeting}” (at most {limit} characters):</source>
        <translation>Nota su “{meeting}” (al massimo {limit} caratteri):</translation>
    </message>
</context>
<context>
    <name>MissionController</name>
    <message>
        <location filename="../../ui/mission_controller.py" line="+142"/>
        <location line="+202"/>
        <source>A sending is running</source>
        <translation>Un invio è in corso</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Ponte is sending e-mails from the database that is open. Let it finish, or cancel it on the Publish page, then open the other database.</source>
        <translation>Ponte sta inviando e-mail dal database aperto. Attendi che finisca, o annullalo nella pagina Pubblica, poi apri l&apos;altro database.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Database not found</source>
        <translation>Database non trovato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} no longer exists; it was removed from the recent files.</source>
        <translation>{0} non esiste più ed è stato tolto dai file recenti.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>File already exists</source>
        <translation>Il file esiste già</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} already exists. Choose another name, or use Open database… to open it.</source>
        <translation>{0} esiste già. Scegliere un altro nome oppure aprirlo con Apri database…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The database was upgraded; a copy of the old one is at {0}</source>
        <translation>Il database è stato aggiornato; una copia della versione precedente è in {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mission not found</source>
        <translation>Missione non trovata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database has no mission {0}.</source>
        <translation>Questo database non contiene la missione {0}.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n finished mission(s) still hold personal data past the retention time: {names}. Once the chambers&apos; report is done, erase it with File ▸ Erase personal data of this mission….</source>
        <translation>
            <numerusform>%n missione conclusa conserva dati personali oltre il periodo di conservazione: {names}. Quando il rapporto delle camere è pronto, cancellali con File ▸ Cancella i dati personali di questa missione….</numerusform>
            <numerusform>%n missioni concluse conservano dati personali oltre il periodo di conservazione: {names}. Quando il rapporto delle camere è pronto, cancellali con File ▸ Cancella i dati personali di questa missione….</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{0} asks for a password.</source>
        <translation>{0} chiede una password.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ponte could not open the database: {0}</source>
        <translation>Impossibile aprire il database: {0}</translation>
    </message>
    <message>
        <location line="-137"/>
        <location line="+138"/>
        <source>Cannot open the database</source>
        <translation>Impossibile aprire il database</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ponte is sending e-mails from the database that is open. Let it finish, or cancel it on the Publish page, then restore the backup.</source>
        <translation>Ponte sta inviando e-mail dal database aperto. Attendere che finisca, oppure annullare l&apos;invio nella pagina Pubblica, poi ripristinare la copia di sicurezza.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{0} was restored from {1}.</source>
        <translation>{0} è stato ripristinato da {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} was restored from {1}; the file it replaced is kept as {2}.</source>
        <translation>{0} è stato ripristinato da {1}; il file sostituito è conservato come {2}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup was not restored: {0}</source>
        <translation>La copia di sicurezza non è stata ripristinata: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot restore the backup</source>
        <translation>Impossibile ripristinare la copia di sicurezza</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No database open</source>
        <translation>Nessun database aperto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open or create a database before creating a mission.</source>
        <translation>Aprire o creare un database prima di creare una missione.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The mission was not created: {0}</source>
        <translation>La missione non è stata creata: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot create the mission</source>
        <translation>Impossibile creare la missione</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Something went wrong</source>
        <translation>Si è verificato un errore</translation>
    </message>
</context>
<context>
    <name>MissionForm</name>
    <message>
        <location filename="../../ui/setup/mission_form.py" line="+48"/>
        <source>Mission</source>
        <translation>Missione</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As in English: {name}</source>
        <translation>Come in inglese: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Torino → Nagoya, October 2027</source>
        <translation>es. Torino → Nagoya, ottobre 2027</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name (&amp;English):</source>
        <translation>Nome (&amp;inglese):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (&amp;Italian):</source>
        <translation>Nome (i&amp;taliano):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (&amp;Japanese):</source>
        <translation>Nome (&amp;giapponese):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host &amp;city:</source>
        <translation>&amp;Città ospitante:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuso orario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts on:</source>
        <translation>&amp;Inizio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends on:</source>
        <translation>Fin&amp;e:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organiser:</source>
        <translation>&amp;Organizzatore:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save mission</source>
        <translation>Salva missione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo changes</source>
        <translation>Annulla modifiche</translation>
    </message>
</context>
<context>
    <name>MissionPage</name>
    <message>
        <location filename="../../ui/pages/mission.py" line="+124"/>
        <source>What is missing next</source>
        <translation>Cosa manca ancora</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reuse a previous mission&apos;s set-up…</source>
        <translation>Riusa la configurazione di una missione precedente…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No mission is open. Create one with File › New mission…</source>
        <translation>Nessuna missione aperta. Crearne una con File › Nuova missione…</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+305"/>
        <source>Mission</source>
        <translation>Missione</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not saved: someone else changed the mission meanwhile. Your changes are still in the form; Save compares them again.</source>
        <translation>Non salvato: nel frattempo qualcun altro ha modificato la missione. Le tue modifiche sono ancora nel modulo; Salva le confronta di nuovo.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Not saved: someone else changed this record meanwhile. Your changes are still in the form; Save compares them again.</source>
        <translation>Non salvato: nel frattempo qualcun altro ha modificato questo record. Le tue modifiche sono ancora nel modulo; Salva le confronta di nuovo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete this venue and its travel times?</source>
        <translation>Eliminare questa sede e i suoi tempi di percorrenza?</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Delete this delegation? Its organisations and people stay, without one.</source>
        <translation>Eliminare questa delegazione? Le sue organizzazioni e persone restano, senza delegazione.</translation>
    </message>
</context>
<context>
    <name>NewMissionDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_mission.py" line="+45"/>
        <source>New mission</source>
        <translation>Nuova missione</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Torino → Nagoya, October 2027</source>
        <translation>es. Torino → Nagoya, ottobre 2027</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Torino → Nagoya, ottobre 2027</source>
        <translation>es. Torino → Nagoya, ottobre 2027</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. トリノ→名古屋 経済ミッション 2027年10月</source>
        <translation>es. トリノ→名古屋 経済ミッション 2027年10月</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Nagoya</source>
        <translation>es. Nagoya</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. Camera di commercio di Torino</source>
        <translation>es. Camera di commercio di Torino</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Italian name:</source>
        <translation>Nome in &amp;italiano:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Japanese name:</source>
        <translation>Nome in &amp;giapponese:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host &amp;city:</source>
        <translation>&amp;Città ospitante:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuso orario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts on:</source>
        <translation>&amp;Inizio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends on:</source>
        <translation>Fin&amp;e:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organiser:</source>
        <translation>&amp;Organizzatore:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create mission</source>
        <translation>Crea missione</translation>
    </message>
</context>
<context>
    <name>OfflineActions</name>
    <message>
        <location filename="../../ui/offline_actions.py" line="+54"/>
        <source>&amp;Take this mission offline…</source>
        <translation>&amp;Porta questa missione offline…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Bring it back to the server…</source>
        <translation>Riportala sul &amp;server…</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+25"/>
        <location line="+7"/>
        <source>Take this mission offline</source>
        <translation>Porta questa missione offline</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Open the mission on its shared database first: it is copied from there.</source>
        <translation>Aprire prima la missione sul suo database condiviso: viene copiata da lì.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take this mission offline into</source>
        <translation>Porta questa missione offline nel file</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Taking the mission offline…</source>
        <translation>Copia della missione per l&apos;uso offline…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Open it now</source>
        <translation>&amp;Aprila ora</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <location line="+36"/>
        <location line="+19"/>
        <source>Bring it back to the server</source>
        <translation>Riportala sul server</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Open a file that was taken offline from a server first.</source>
        <translation>Aprire prima un file portato offline da un server.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bring the check-ins, meeting statuses and other changes made in this file back to {0}? Records changed on the server too are listed for you, not overwritten.</source>
        <translation>Riportare su {0} gli arrivi registrati, gli stati degli incontri e le altre modifiche fatte in questo file? I dati modificati anche sul server vengono elencati per lei, non sovrascritti.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Bringing the mission back to the server…</source>
        <translation>Ritorno della missione sul server…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Password for {0}:</source>
        <translation>Password per {0}:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The server&apos;s values were kept; see the details to decide.</source>
        <translation>Sono stati mantenuti i valori del server; vedere i dettagli per decidere.</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <location filename="../../ui/forms/organisation.py" line="+32"/>
        <source>e.g. トヨタ自動車</source>
        <translation>es. トヨタ自動車</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. トヨタジドウシャ</source>
        <translation>es. トヨタジドウシャ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No limit</source>
        <translation>Nessun limite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name (Latin script)</source>
        <translation>Nome (caratteri latini)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Japanese</source>
        <translation>Nome in giapponese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading (kana)</source>
        <translation>Lettura (kana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>Delegazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors</source>
        <translation>Settori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile in Japanese</source>
        <translation>Profilo in giapponese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most meetings</source>
        <translation>Max incontri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings at once</source>
        <translation>Incontri in parallelo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation>(nessuna)</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <location filename="../../ui/models/organisations.py" line="+22"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese name</source>
        <translation>Nome giapponese</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in Latin script</source>
        <translation>Nome in caratteri latini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Lato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors</source>
        <translation>Settori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Delegation: {name}</source>
        <translation>Delegazione: {name}</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../../ui/pages/organisations.py" line="+43"/>
        <source>Organisations</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New organisation</source>
        <translation>Nuova organizzazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an organisation, or add one.</source>
        <translation>Selezionare un&apos;organizzazione o aggiungerne una.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add organisation “{name}”</source>
        <translation>aggiunta dell&apos;organizzazione “{name}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit organisation “{name}”</source>
        <translation>modifica dell&apos;organizzazione “{name}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard your changes to “{name}”?</source>
        <translation>Scartare le modifiche a “{name}”?</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Delete “{name}” and its %n participant(s)?</source>
        <translation>
            <numerusform>Eliminare “{name}” insieme a %n partecipante?</numerusform>
            <numerusform>Eliminare “{name}” insieme ai suoi %n partecipanti?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Its %n meeting request(s) and their meetings go too.</source>
        <translation>
            <numerusform>Verrà eliminata anche %n richiesta di incontro, con i relativi incontri.</numerusform>
            <numerusform>Verranno eliminate anche %n richieste di incontro, con i relativi incontri.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can undo this.</source>
        <translation>L&apos;operazione può essere annullata.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete organisation “{name}”</source>
        <translation>eliminazione dell&apos;organizzazione “{name}”</translation>
    </message>
</context>
<context>
    <name>OutcomeEntry</name>
    <message>
        <location filename="../../ui/outcomes/entry.py" line="+222"/>
        <source>Write survey forms…</source>
        <translation>Scrivi i questionari…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One .xlsx per organisation, in its language, listing its held meetings.</source>
        <translation>Un .xlsx per organizzazione, nella sua lingua, con i suoi incontri svolti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import filled forms…</source>
        <translation>Importa i questionari compilati…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keys: {keys} · Delete clears · Enter note · Ctrl+Z undo</source>
        <translation>Tasti: {keys} · Canc cancella · Invio nota · Ctrl+Z annulla</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No held meetings yet: mark meetings held on the B2B page.</source>
        <translation>Nessun incontro svolto per ora: segna gli incontri svolti nella pagina B2B.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation:</source>
        <translation>Organizzazione:</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Answered: {done} of {total}</source>
        <translation>Risposte: {done} su {total}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This database is open for reading only.</source>
        <translation>Questo database è aperto in sola lettura.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Outcome of the meeting with “{name}”</source>
        <translation>Esito dell&apos;incontro con “{name}”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the outcome first (keys 0–6), then the note.</source>
        <translation>Scegli prima l&apos;esito (tasti 0–6), poi la nota.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write survey forms</source>
        <translation>Scrivi i questionari</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Wrote %n survey form(s) to {folder}</source>
        <translation>
            <numerusform>Scritto %n questionario in {folder}</numerusform>
            <numerusform>Scritti %n questionari in {folder}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomesModel</name>
    <message>
        <location line="-332"/>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>Tavolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met with</source>
        <translation>Incontro con</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its answer (keys 0–6)</source>
        <translation>Sua risposta (tasti 0–6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterpart&apos;s answer</source>
        <translation>Risposta della controparte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterpart&apos;s note</source>
        <translation>Nota della controparte</translation>
    </message>
</context>
<context>
    <name>OutcomesPage</name>
    <message>
        <location filename="../../ui/pages/outcomes.py" line="+23"/>
        <location line="+6"/>
        <source>Outcomes</source>
        <translation>Esiti</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Follow-ups</source>
        <translation>Seguiti</translation>
    </message>
</context>
<context>
    <name>ParticipantChecklist</name>
    <message>
        <location filename="../../ui/programme/form.py" line="-211"/>
        <source>Search by name or organisation</source>
        <translation>Cerca per nome o organizzazione</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n ticked</source>
        <translation>
            <numerusform>%n selezionato</numerusform>
            <numerusform>%n selezionati</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <location filename="../../ui/forms/participant.py" line="+47"/>
        <source>e.g. 代表取締役社長</source>
        <translation>es. 代表取締役社長</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agreed to the use of their data</source>
        <translation>Ha acconsentito al trattamento dei dati</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Without consent, their e-mail address and phone number are kept out of printed documents (no contact QR code on the badge). Their agenda is still e-mailed to the address above.</source>
        <translation>Senza consenso, l&apos;indirizzo e-mail e il numero di telefono restano fuori dai documenti stampati (nessun codice QR con i contatti sul badge). L&apos;agenda viene comunque inviata per e-mail all&apos;indirizzo indicato sopra.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. ja, en (most fluent first)</source>
        <translation>es. ja, en (prima la lingua parlata meglio)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>Delegazione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name (Latin script)</source>
        <translation>Nome (caratteri latini)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Name in kanji</source>
        <translation>Nome in kanji</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading (kana)</source>
        <translation>Lettura (kana)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name order</source>
        <translation>Ordine del nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title in Japanese</source>
        <translation>Qualifica in giapponese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages spoken</source>
        <translation>Lingue parlate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents in</source>
        <translation>Documenti in</translation>
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
        <translation>Telefono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(none)</source>
        <translation>(nessuna)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(that of the organisation)</source>
        <translation>(quella dell&apos;organizzazione)</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Given on {when}</source>
        <translation>Espresso il {when}</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../../ui/models/participants.py" line="+24"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese name</source>
        <translation>Nome giapponese</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in Latin script</source>
        <translation>Nome in caratteri latini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Lato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Lingue</translation>
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
        <translation>Partecipanti</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New participant</source>
        <translation>Nuovo partecipante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a participant, or add one.</source>
        <translation>Selezionare un partecipante o aggiungerne uno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add participant “{name}”</source>
        <translation>aggiunta del partecipante “{name}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit participant “{name}”</source>
        <translation>modifica del partecipante “{name}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard your changes to “{name}”?</source>
        <translation>Scartare le modifiche a “{name}”?</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Delete participant “{name}”?</source>
        <translation>Eliminare il partecipante “{name}”?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They are also removed from their meetings. You can undo this.</source>
        <translation>Verrà tolto anche dai suoi incontri. L&apos;operazione può essere annullata.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete participant “{name}”</source>
        <translation>eliminazione del partecipante “{name}”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Personal data…</source>
        <translation>Dati personali…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export everything held (JSON)…</source>
        <translation>Esporta tutto ciò che è conservato (JSON)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase this person…</source>
        <translation>Cancella questa persona…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Availability…</source>
        <translation>Disponibilità…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The times this person cannot meet, by day</source>
        <translation>I periodi in cui la persona non è disponibile, giorno per giorno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark absent…</source>
        <translation>Segna assente…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They did not arrive: re-plan the rest of their day and tell those affected</source>
        <translation>Non è arrivato: ripianifica il resto della giornata e avvisa gli interessati</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Personal data</source>
        <translation>Dati personali</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wrote the personal data to {path}.</source>
        <translation>Dati personali scritti in {path}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Erase this person</source>
        <translation>Cancella questa persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase {name} from the mission and from the published versions, so that nothing of them remains (GDPR Art. 17)? Unlike Delete, this cannot be undone.</source>
        <translation>Cancellare {name} dalla missione e dalle versioni pubblicate, in modo che non ne resti nulla (GDPR art. 17)? A differenza di Elimina, non si può annullare.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not do it: {reason}</source>
        <translation>Impossibile: {reason}</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <location filename="../../ui/programme/labels.py" line="+20"/>
        <source>Plenary</source>
        <translation>Plenaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceremony</source>
        <translation>Cerimonia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meal</source>
        <translation>Pasto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer</source>
        <translation>Trasferimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free time</source>
        <translation>Tempo libero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B2B meetings</source>
        <translation>Incontri B2B</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{organisation}&apos;s delegates</source>
        <translation>Delegati di {organisation}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Named participants: {count}</source>
        <translation>Partecipanti indicati: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location filename="../../ui/pages/programme.py" line="+101"/>
        <source>Previous day</source>
        <translation>Giorno precedente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next day</source>
        <translation>Giorno successivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second zone:</source>
        <translation>Secondo fuso:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All venues</source>
        <translation>Tutte le sedi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A column for every venue, not only those with something that day.</source>
        <translation>Una colonna per ogni sede, non solo per quelle con qualcosa in quel giorno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New item</source>
        <translation>Nuovo evento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day:</source>
        <translation>Giorno:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revert</source>
        <translation>Annulla modifiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Could not load: {reason}</source>
        <translation>Impossibile caricare: {reason}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Open or create a mission first.</source>
        <translation>Apri o crea prima una missione.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No programme item yet: fill in the form and save, or drag on the timeline.</source>
        <translation>Ancora nessun evento nel programma: compila il modulo e salva, oppure trascina sulla linea del tempo.</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>B2B meetings · %n table(s)</source>
        <translation>
            <numerusform>Incontri B2B · %n tavolo</numerusform>
            <numerusform>Incontri B2B · %n tavoli</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No venue</source>
        <translation>Nessuna sede</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Clashes: %n</source>
        <translation>
            <numerusform>Conflitti: %n</numerusform>
            <numerusform>Conflitti: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Discard changes</source>
        <translation>Scarta le modifiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard your changes to “{name}”?</source>
        <translation>Scartare le modifiche a “{name}”?</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+22"/>
        <source>New programme item</source>
        <translation>Nuovo evento del programma</translation>
    </message>
    <message>
        <location line="+117"/>
        <location line="+50"/>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Add programme item “{name}”</source>
        <translation>Aggiungi l&apos;evento “{name}”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit programme item “{name}”</source>
        <translation>Modifica l&apos;evento “{name}”</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Move programme item “{name}”</source>
        <translation>Sposta l&apos;evento “{name}”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Moved.</source>
        <translation>Spostato.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not saved: see the fields marked.</source>
        <translation>Non salvato: vedi i campi segnalati.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not saved: someone else changed this item meanwhile. Your changes are still in the form; Save compares them again.</source>
        <translation>Non salvato: nel frattempo qualcun altro ha modificato questa voce. Le tue modifiche sono ancora nel modulo; Salva le confronta di nuovo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not moved: {reason}</source>
        <translation>Non spostato: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deleting…</source>
        <translation>Eliminazione…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleted “{name}”. Undo puts it back.</source>
        <translation>Eliminato “{name}”. Annulla lo ripristina.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete programme item “{name}”</source>
        <translation>Elimina l&apos;evento “{name}”</translation>
    </message>
</context>
<context>
    <name>ProgrammeTimeline</name>
    <message>
        <location filename="../../ui/programme/timeline.py" line="+199"/>
        <location line="+387"/>
        <source>No venue</source>
        <translation>Nessuna sede</translation>
    </message>
    <message>
        <location line="-385"/>
        <source>Venue {id}</source>
        <translation>Sede {id}</translation>
    </message>
    <message>
        <location line="+314"/>
        <source>Programme of the day</source>
        <translation>Programma del giorno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag on an empty place of a venue&apos;s column to add an item there. Drag an item to move it, its bottom edge to change its end. Keys: Left and Right select, Up and Down move by 5 minutes (with Shift: 30), Ctrl with Up and Down changes the end, Enter opens, Delete removes.</source>
        <translation>Trascina in uno spazio vuoto della colonna di una sede per aggiungervi un evento. Trascina un evento per spostarlo, il suo bordo inferiore per cambiarne la fine. Tasti: Sinistra e Destra selezionano, Su e Giù spostano di 5 minuti (con Maiusc: 30), Ctrl con Su e Giù cambia la fine, Invio apre, Canc elimina.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A B2B session: it is set up on the Sessions page.</source>
        <translation>Una sessione B2B: si imposta nella pagina Sessioni.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The clocks change here: {before} → {after} at {time}</source>
        <translation>Qui cambia l&apos;ora: {before} → {after} alle {time}</translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message>
        <location filename="../../ui/pages/publish.py" line="+112"/>
        <source>Programme: {title} added ({when})</source>
        <translation>Programma: aggiunto «{title}» ({when})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme: {title} removed ({when})</source>
        <translation>Programma: tolto «{title}» ({when})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Programme: {title} changed ({when})</source>
        <translation>Programma: modificato «{title}» ({when})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New meeting with {who}: {when}, table {table}</source>
        <translation>Nuovo incontro con {who}: {when}, tavolo {table}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting with {who} cancelled ({when})</source>
        <translation>Incontro con {who} annullato ({when})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meeting with {who} moved: {before}, table {old} → {after}, table {new}</source>
        <translation>Incontro con {who} spostato: {before}, tavolo {old} → {after}, tavolo {new}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Meeting with {who}: no interpreter any more</source>
        <translation>Incontro con {who}: non più con interprete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting with {who}: interpreter now {name}</source>
        <translation>Incontro con {who}: ora l&apos;interprete è {name}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Participant</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>Modifiche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note for this version (optional)</source>
        <translation>Nota per questa versione (facoltativa)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your name</source>
        <translation>Il tuo nome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versions say who published them; kept in this computer&apos;s settings.</source>
        <translation>Le versioni indicano chi le ha pubblicate; il nome resta nelle impostazioni di questo computer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Published by:</source>
        <translation>Pubblicato da:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Versions</source>
        <translation>Versioni</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+167"/>
        <source>Could not load: {reason}</source>
        <translation>Impossibile caricare: {reason}</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+126"/>
        <source>Publish</source>
        <translation>Pubblica</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>No mission open</source>
        <translation>Nessuna missione aperta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Version {number}, {when}</source>
        <translation>Versione {number}, {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not published yet: publishing sends everyone their first version.</source>
        <translation>Non ancora pubblicato: la pubblicazione dà a tutti la prima versione.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing changed since version {number}.</source>
        <translation>Nessuna modifica dalla versione {number}.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n participant(s) have changes since version {number}.</source>
        <translation>
            <numerusform>%n partecipante ha modifiche dalla versione {number}.</numerusform>
            <numerusform>%n partecipanti hanno modifiche dalla versione {number}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Publish version {number}</source>
        <translation>Pubblica la versione {number}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Publish version {number} of the schedule?</source>
        <translation>Pubblicare la versione {number} del programma?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It freezes the schedule as it is now: {meetings} B2B meetings and {items} programme items.</source>
        <translation>Fissa il programma così com&apos;è ora: {meetings} incontri B2B e {items} voci del programma.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is the first version for all {participants} participants.</source>
        <translation>È la prima versione per tutti i {participants} partecipanti.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Participants whose schedule changes since version {base}: {changed} of {participants}.</source>
        <translation>Partecipanti il cui programma cambia rispetto alla versione {base}: {changed} su {participants}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nobody is e-mailed yet: after publishing, send the version from the panel below.</source>
        <translation>Per ora non parte nessuna e-mail: dopo la pubblicazione, invia la versione dal pannello qui sotto.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not keep your name: {reason}</source>
        <translation>Impossibile salvare il tuo nome: {reason}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Published version {number}: {meetings} meetings, {items} programme items.</source>
        <translation>Pubblicata la versione {number}: {meetings} incontri, {items} voci di programma.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not publish: {reason}</source>
        <translation>Impossibile pubblicare: {reason}</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../ui/widgets/read_only_banner.py" line="+42"/>
        <source>Read only</source>
        <translation>Sola lettura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your user on this server may read, print, check people in and mark meetings on the day, but not change other records. Ask the mission&apos;s coordinator for an editor&apos;s account.</source>
        <translation>Il suo utente su questo server può leggere, stampare, registrare gli arrivi e segnare l&apos;esito degli incontri del giorno, ma non modificare altri dati. Chieda al coordinatore della missione un account da editor.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../ui/forms/editor.py" line="+96"/>
        <source>Revert</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>This record was deleted meanwhile; your changes were not saved.</source>
        <translation>Nel frattempo questa scheda è stata eliminata; le modifiche non sono state salvate.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not save: {reason}</source>
        <translation>Impossibile salvare: {reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not saved: someone else changed this record meanwhile. Your changes are still in the form; Save compares them again.</source>
        <translation>Non salvato: nel frattempo qualcun altro ha modificato questo record. Le tue modifiche sono ancora nel modulo; Salva le confronta di nuovo.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/forms/fields.py" line="+331"/>
        <source>Yes</source>
        <translation>Sì</translation>
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
        <translation>Filtra per nome (latino, 漢字 o かな)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both sides</source>
        <translation>Entrambi i lati</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <location line="+220"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Could not load: {reason}</source>
        <translation>Impossibile caricare: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not delete: {reason}</source>
        <translation>Impossibile eliminare: {reason}</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No mission open</source>
        <translation>Nessuna missione aperta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{shown} of {total}</source>
        <translation>{shown} di {total}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/dashboard/report_dialog.py" line="+44"/>
        <location line="+49"/>
        <source>Write the report</source>
        <translation>Scrivi la relazione</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Also the figures as a spreadsheet (.xlsx)</source>
        <translation>Anche i dati in un foglio di calcolo (.xlsx)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report (PDF):</source>
        <translation>Relazione (PDF):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheet:</source>
        <translation>Foglio di calcolo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write</source>
        <translation>Scrivi</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The figures</source>
        <translation>I dati</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Say where the report goes.</source>
        <translation>Indica dove salvare la relazione.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say where the spreadsheet goes, or untick it.</source>
        <translation>Indica dove salvare il foglio di calcolo, o togli la spunta.</translation>
    </message>
</context>
<context>
    <name>RequestMatrixModel</name>
    <message>
        <location filename="../../ui/requests/models.py" line="+252"/>
        <source>{a} does not want to meet {b} (no thanks)</source>
        <translation>{a} non desidera incontrare {b} (non interessato)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{a} asks to meet {b}, priority {priority}, mandatory</source>
        <translation>{a} chiede di incontrare {b}, priorità {priority}, obbligatorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{a} asks to meet {b}, priority {priority}</source>
        <translation>{a} chiede di incontrare {b}, priorità {priority}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{a} → {b}: no request</source>
        <translation>{a} → {b}: nessuna richiesta</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../ui/pages/requests.py" line="+182"/>
        <source>Both sides</source>
        <translation>Entrambi i lati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turin</source>
        <translation>Torino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nagoya</source>
        <translation>Nagoya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every sector</source>
        <translation>Tutti i settori</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search names (Latin or Japanese), city, profile</source>
        <translation>Cerca nomi (latini o giapponesi), città, profilo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Side:</source>
        <translation>Lato:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sector:</source>
        <translation>Settore:</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+277"/>
        <source>Select an organisation to see its wish list.</source>
        <translation>Seleziona un&apos;organizzazione per vederne le richieste.</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>Turin organisations ask (rows)</source>
        <translation>Chiedono le organizzazioni di Torino (righe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nagoya organisations ask (rows)</source>
        <translation>Chiedono le organizzazioni di Nagoya (righe)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Each row asks the column. Keys on a cell: 1–5 priority, N no thanks, M mandatory on/off, Delete removes; a double click cycles 3, 4, 5, 1, 2, no thanks, nothing. “3 ⇄” both asked (green), “✕” no thanks, bold: mandatory, “← 2” in grey: only the column asked. Ctrl+Z undoes.</source>
        <translation>Ogni riga chiede di incontrare la colonna. Tasti su una cella: 1–5 priorità, N no grazie, M obbligatorio sì/no, Canc elimina; un doppio clic passa a 3, 4, 5, 1, 2, no grazie, niente. “3 ⇄” richiesta reciproca (verde), “✕” no grazie, grassetto: obbligatorio, “← 2” in grigio: ha chiesto solo la colonna. Ctrl+Z annulla.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Pairs of opposite sides that nobody asked yet, whose sectors and profiles complement each other, best first. Accept makes one request, priority 3, from the organisation that asked for fewer meetings.</source>
        <translation>Coppie di lati opposti che nessuno ha ancora chiesto, con settori e profili complementari, dalle migliori. Accetta crea una richiesta, priorità 3, dall&apos;organizzazione che ha chiesto meno incontri.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Catalogue and wish lists</source>
        <translation>Catalogo e richieste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request matrix</source>
        <translation>Matrice delle richieste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested pairs</source>
        <translation>Coppie suggerite</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Priority {priority}: {a} → {b}</source>
        <translation>priorità {priority}: {a} → {b}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No thanks: {a} → {b}</source>
        <translation>no grazie: {a} → {b}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mandatory on/off: {a} → {b}</source>
        <translation>obbligatorio sì/no: {a} → {b}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove request {a} → {b}</source>
        <translation>eliminazione della richiesta {a} → {b}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change request {a} → {b}</source>
        <translation>modifica della richiesta {a} → {b}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Accept suggested pair {a} → {b}</source>
        <translation>accettazione della coppia suggerita {a} → {b}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not load: {reason}</source>
        <translation>Impossibile caricare: {reason}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Accept</source>
        <translation>Accetta</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Suggested pairs (%n)</source>
        <translation>
            <numerusform>Coppie suggerite (%n)</numerusform>
            <numerusform>Coppie suggerite (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>{name} asks to meet %n organisation(s)</source>
        <translation>
            <numerusform>{name} chiede di incontrare %n organizzazione</numerusform>
            <numerusform>{name} chiede di incontrare %n organizzazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Asked by %n organisation(s): {names}</source>
        <translation>
            <numerusform>Richiesta da %n organizzazione: {names}</numerusform>
            <numerusform>Richiesta da %n organizzazioni: {names}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody asked to meet it yet.</source>
        <translation>Nessuno ha ancora chiesto di incontrarla.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="+34"/>
        <source>Restore from a backup</source>
        <translation>Ripristina da una copia di sicurezza</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backups of {0}, newest first. Ponte makes one when the file opens or the window closes, if the file changed; each was checked when it was made. The file now in use is kept aside before the backup replaces it.</source>
        <translation>Copie di sicurezza di {0}, dalla più recente. Ponte ne crea una quando il file viene aperto o la finestra viene chiusa, se il file è cambiato; ognuna è stata controllata quando è stata creata. Il file in uso viene messo da parte prima che la copia lo sostituisca.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Made</source>
        <translation>Creata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Incontri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked</source>
        <translation>Controllata</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ponte has not made a backup of this file yet.</source>
        <translation>Ponte non ha ancora creato una copia di sicurezza di questo file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>made by hand</source>
        <translation>creata a mano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before an upgrade</source>
        <translation>prima di un aggiornamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatic</source>
        <translation>automatica</translation>
    </message>
</context>
<context>
    <name>ReuseDialog</name>
    <message>
        <location filename="../../ui/setup/reuse_dialog.py" line="+45"/>
        <source>Reuse a previous mission&apos;s set-up</source>
        <translation>Riusa la configurazione di una missione precedente</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+2"/>
        <location line="+74"/>
        <source>As the mission copied</source>
        <translation>Come la missione copiata</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Copy from:</source>
        <translation>Copia da:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New start date:</source>
        <translation>Nuova data di inizio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name (English):</source>
        <translation>Nuovo nome (inglese):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name (Italian):</source>
        <translation>Nuovo nome (italiano):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name (Japanese):</source>
        <translation>Nuovo nome (giapponese):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Venues, travel times, delegations, B2B sessions (with their breaks, tables and delegations taking part) and interpreters are copied; every time moves by the same number of days and keeps its local time. Organisations, participants and meeting requests are not copied.</source>
        <translation>Vengono copiati sedi, tempi di percorrenza, delegazioni, sessioni B2B (con pause, tavoli e delegazioni partecipanti) e interpreti; ogni orario si sposta dello stesso numero di giorni e mantiene l&apos;ora locale. Organizzazioni, partecipanti e richieste di incontro non vengono copiati.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy into a new mission</source>
        <translation>Copia in una nuova missione</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is no mission to copy from.</source>
        <translation>Non c&apos;è nessuna missione da cui copiare.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>As in English: {name}</source>
        <translation>Come in inglese: {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New mission from {start} to {end} ({shift} days later). To copy: {venues} venue(s), {travel} travel time(s), {delegations} delegation(s), {sessions} B2B session(s) with {breaks} break(s) and {tables} table(s), {interpreters} interpreter(s).</source>
        <translation>Nuova missione dal {start} al {end} ({shift} giorni dopo). Da copiare: sedi {venues}, tempi di percorrenza {travel}, delegazioni {delegations}, sessioni B2B {sessions} con pause {breaks} e tavoli {tables}, interpreti {interpreters}.</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <location filename="../../ui/b2b/run_panel.py" line="+77"/>
        <source>Schedule</source>
        <translation>Pianifica</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+79"/>
        <source>Place the most valuable meetings; locked meetings stay where they are.</source>
        <translation>Pianifica gli incontri più importanti; quelli bloccati restano dove sono.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The solver returns its best schedule by then.</source>
        <translation>Allo scadere del tempo viene restituita la migliore pianificazione trovata.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Time limit:</source>
        <translation>Tempo massimo:</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Starting…</source>
        <translation>Avvio…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduling…</source>
        <translation>Pianificazione in corso…</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Another database was opened; the schedule was dropped.</source>
        <translation>È stato aperto un altro database; la pianificazione è stata scartata.</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Stopping…</source>
        <translation>Interruzione in corso…</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Cannot schedule yet: the mission has no B2B session. Add one on the Sessions page.</source>
        <translation>Non si può ancora pianificare: la missione non ha sessioni B2B. Aggiungerne una nella pagina Sessioni.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot schedule yet: the mission has no organisations. Add or import them.</source>
        <translation>Non si può ancora pianificare: la missione non ha organizzazioni. Aggiungerle o importarle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot schedule yet: there are no meeting requests. Enter or import them.</source>
        <translation>Non si può ancora pianificare: non ci sono richieste di incontro. Inserirle o importarle.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Choosing meetings</source>
        <translation>Scelta degli incontri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigning tables</source>
        <translation>Assegnazione dei tavoli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortening idle gaps</source>
        <translation>Riduzione dei tempi morti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finishing</source>
        <translation>Completamento</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{phase}: {best:g} of at most {bound:g}</source>
        <translation>{phase}: {best:g} su un massimo di {bound:g}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Idle gaps: {count}, proven minimal.</source>
        <translation>Attese: {count}, minimo dimostrato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Idle gaps: best so far {count}, cannot be fewer than {floor}.</source>
        <translation>Attese: {count} nella soluzione migliore finora; non possono essere meno di {floor}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Idle gaps: best so far {count}.</source>
        <translation>Attese: {count} nella soluzione migliore finora.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Completata</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Failed</source>
        <translation>Non riuscita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not schedule: {reason}</source>
        <translation>Impossibile pianificare: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Infeasible: nothing was changed. {reasons}</source>
        <translation>Pianificazione impossibile: non è stato modificato nulla. {reasons}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The scheduler has not run on this mission yet.</source>
        <translation>La pianificazione non è ancora stata eseguita per questa missione.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Infeasible: nothing was changed.</source>
        <translation>Pianificazione impossibile: non è stato modificato nulla.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>see why</source>
        <translation>vedi perché</translation>
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
        <translation>Ultima pianificazione, {when}: {figures}</translation>
    </message>
</context>
<context>
    <name>SearchIdCombo</name>
    <message>
        <location filename="../../ui/forms/fields.py" line="-233"/>
        <source>Type to search…</source>
        <translation>Scrivi per cercare…</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <location filename="../../ui/pages/send_panel.py" line="+77"/>
        <source>Send</source>
        <translation>Invio</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only those whose schedule changed</source>
        <translation>Solo chi ha un programma cambiato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the participants whose schedule differs from the version they last received; their message lists what changed.</source>
        <translation>Solo i partecipanti il cui programma differisce dall&apos;ultima versione ricevuta; il messaggio elenca cosa è cambiato.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write e-mail drafts (.eml)…</source>
        <translation>Scrivi bozze e-mail (.eml)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail settings…</source>
        <translation>Impostazioni di posta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server&apos;s answer</source>
        <translation>Risposta del server</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send again to this participant…</source>
        <translation>Invia di nuovo a questo partecipante…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Publish a version to send it by e-mail.</source>
        <translation>Pubblica una versione per inviarla via e-mail.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version {number} reached {reached} of {total} participants.</source>
        <translation>La versione {number} ha raggiunto {reached} partecipanti su {total}.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n could not be delivered (see the log).</source>
        <translation>
            <numerusform>%n non recapitabile (vedi il registro).</numerusform>
            <numerusform>%n non recapitabili (vedi il registro).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n without an e-mail address.</source>
        <translation>
            <numerusform>%n senza indirizzo e-mail.</numerusform>
            <numerusform>%n senza indirizzo e-mail.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish the latest changes before sending.</source>
        <translation>Pubblica le ultime modifiche prima di inviare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sent</source>
        <translation>inviato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>rifiutato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>non riuscito</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Send version {number} by e-mail…</source>
        <translation>Invia la versione {number} via e-mail…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send by e-mail…</source>
        <translation>Invia via e-mail…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password of {user} at {host}:</source>
        <translation>Password di {user} su {host}:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Send version {number} through {host} to the participants whose schedule changed since the version they last received?</source>
        <translation>Inviare la versione {number} tramite {host} ai partecipanti il cui programma è cambiato dall&apos;ultima versione ricevuta?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send version {number} through {host} to the {count} participants who have not received it yet?</source>
        <translation>Inviare la versione {number} tramite {host} ai {count} partecipanti che non l&apos;hanno ancora ricevuta?</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <source>Send by e-mail</source>
        <translation>Invia via e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send version {number} again to {name} through {host}?</source>
        <translation>Inviare di nuovo la versione {number} a {name} tramite {host}?</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+38"/>
        <source>Preparing the agendas…</source>
        <translation>Preparazione dei programmi…</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Nothing was sent: {reason}</source>
        <translation>Non è stato inviato nulla: {reason}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Folder for the e-mail drafts</source>
        <translation>Cartella per le bozze e-mail</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not write the drafts: {reason}</source>
        <translation>Impossibile scrivere le bozze: {reason}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stopping after the current message…</source>
        <translation>Arresto dopo il messaggio in corso…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>agenda %v of %m</source>
        <translation>programma %v di %m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>message %v of %m</source>
        <translation>messaggio %v di %m</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Version {number}: %n message(s) sent.</source>
        <translation>
            <numerusform>Versione {number}: %n messaggio inviato.</numerusform>
            <numerusform>Versione {number}: %n messaggi inviati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n already had this version.</source>
        <translation>
            <numerusform>%n aveva già questa versione.</numerusform>
            <numerusform>%n avevano già questa versione.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n had no changes.</source>
        <translation>
            <numerusform>%n senza modifiche.</numerusform>
            <numerusform>%n senza modifiche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n not delivered: see the log.</source>
        <translation>
            <numerusform>%n non recapitato: vedi il registro.</numerusform>
            <numerusform>%n non recapitati: vedi il registro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+21"/>
        <source>%n without a usable address.</source>
        <translation>
            <numerusform>%n senza un indirizzo utilizzabile.</numerusform>
            <numerusform>%n senza un indirizzo utilizzabile.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-18"/>
        <source>Cancelled: %n not sent yet; send again to reach them.</source>
        <translation>
            <numerusform>Annullato: %n non ancora inviato; invia di nuovo per raggiungerlo.</numerusform>
            <numerusform>Annullato: %n non ancora inviati; invia di nuovo per raggiungerli.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Stopped: {reason} %n not sent yet; send again to reach them.</source>
        <translation>
            <numerusform>Interrotto: {reason} %n non ancora inviato; invia di nuovo per raggiungerlo.</numerusform>
            <numerusform>Interrotto: {reason} %n non ancora inviati; invia di nuovo per raggiungerli.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Wrote %n e-mail draft(s) in {folder}.</source>
        <translation>
            <numerusform>Scritta %n bozza e-mail in {folder}.</numerusform>
            <numerusform>Scritte %n bozze e-mail in {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled. {detail}</source>
        <translation>Annullato. {detail}</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../../ui/pages/sessions.py" line="+114"/>
        <source>New session</source>
        <translation>Nuova sessione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+674"/>
        <source>Name (English):</source>
        <translation>Nome (inglese):</translation>
    </message>
    <message>
        <location line="-673"/>
        <location line="+674"/>
        <source>Name (Italian):</source>
        <translation>Nome (italiano):</translation>
    </message>
    <message>
        <location line="-673"/>
        <location line="+674"/>
        <source>Name (Japanese):</source>
        <translation>Nome (giapponese):</translation>
    </message>
    <message>
        <location line="-668"/>
        <location line="+669"/>
        <source>Day:</source>
        <translation>Giorno:</translation>
    </message>
    <message>
        <location line="-666"/>
        <location line="+667"/>
        <source>Venue:</source>
        <translation>Sede:</translation>
    </message>
    <message>
        <location line="-649"/>
        <location line="+650"/>
        <location line="+1"/>
        <source>Start – end:</source>
        <translation>Inizio – fine:</translation>
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
        <translation>Durata del turno:</translation>
    </message>
    <message>
        <location line="-639"/>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label (English)</source>
        <translation>Nome (inglese)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label (Italian)</source>
        <translation>Nome (italiano)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label (Japanese)</source>
        <translation>Nome (giapponese)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add break</source>
        <translation>Aggiungi pausa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove break</source>
        <translation>Rimuovi pausa</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+615"/>
        <source>Breaks:</source>
        <translation>Pause:</translation>
    </message>
    <message>
        <location line="-599"/>
        <source>Double-click a table to rename it.</source>
        <translation>Fare doppio clic su un tavolo per rinominarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+594"/>
        <source>Tables:</source>
        <translation>Tavoli:</translation>
    </message>
    <message>
        <location line="-589"/>
        <source>None ticked: every delegation takes part.</source>
        <translation>Nessuna spuntata: partecipano tutte le delegazioni.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+581"/>
        <source>Delegations taking part:</source>
        <translation>Delegazioni partecipanti:</translation>
    </message>
    <message>
        <location line="-576"/>
        <source>Slots:</source>
        <translation>Turni:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revert</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Sessions</source>
        <translation>Sessioni</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not load: {reason}</source>
        <translation>Impossibile caricare: {reason}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open or create a mission first.</source>
        <translation>Aprire o creare prima una missione.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No B2B session yet: fill in the form and save to add one.</source>
        <translation>Ancora nessuna sessione B2B: compilare il modulo e salvare per aggiungerne una.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no venue</source>
        <translation>nessuna sede</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}
{day} {start}–{end} {zone} · {venue}
{slots} slots, {tables} tables, {meetings} meetings placed</source>
        <translation>{name}
{day} {start}–{end} {zone} · {venue}
{slots} turni, {tables} tavoli, {meetings} incontri fissati</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No venue (the mission&apos;s zone, {zone})</source>
        <translation>Nessuna sede (il fuso della missione, {zone})</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>New B2B session</source>
        <translation>Nuova sessione B2B</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Write the day as 2027-10-14 (a day that exists).</source>
        <translation>Scrivere il giorno come 2027-10-14 (un giorno che esiste).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the time as 14:00.</source>
        <translation>Scrivere l&apos;ora come 14:00.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Break {n}: write its times as 16:00.</source>
        <translation>Pausa {n}: scriverne gli orari come 16:00.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{slots} slots of {minutes} min, {tables} tables: up to {capacity} meetings</source>
        <translation>{slots} turni da {minutes} min, {tables} tavoli: fino a {capacity} incontri</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{count} placed meetings would no longer fit.</source>
        <translation>{count} incontri già fissati non rientrerebbero più.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete session</source>
        <translation>Elimina sessione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the session “{name}”?</source>
        <translation>Eliminare la sessione «{name}»?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deleting…</source>
        <translation>Eliminazione…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleted.</source>
        <translation>Eliminata.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Removed {count} meetings (their requests are unscheduled again): {list}</source>
        <translation>Rimossi {count} incontri (le loro richieste tornano da pianificare): {list}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not saved: someone else changed this session meanwhile. Your changes are still in the form; Save compares them again.</source>
        <translation>Non salvato: nel frattempo qualcun altro ha modificato questa sessione. Le tue modifiche sono ancora nel modulo; Salva le confronta di nuovo.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Meetings that no longer fit</source>
        <translation>Incontri che non rientrano più</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Deleting this session removes %n placed meetings:</source>
        <translation>
            <numerusform>L&apos;eliminazione di questa sessione rimuove %n incontro fissato:</numerusform>
            <numerusform>L&apos;eliminazione di questa sessione rimuove %n incontri fissati:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>After this change, %n placed meetings no longer fit:</source>
        <translation>
            <numerusform>Dopo questa modifica, %n incontro fissato non rientra più:</numerusform>
            <numerusform>Dopo questa modifica, %n incontri fissati non rientrano più:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove them? Their requests go back to the unscheduled list.</source>
        <translation>Rimuoverli? Le loro richieste tornano tra quelle da pianificare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove them and save</source>
        <translation>Rimuovili e salva</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not saved: nothing was changed.</source>
        <translation>Non salvato: non è cambiato nulla.</translation>
    </message>
</context>
<context>
    <name>SetupWorkbookDialog</name>
    <message>
        <location filename="../../ui/dialogs/setup_workbook.py" line="+52"/>
        <source>Set-up workbook</source>
        <translation>Cartella di impostazione</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A workbook with one sheet per kind of record (venues, delegations, B2B sessions, organisations, participants, interpreters, unavailability, meeting requests) that a chamber fills in and imports here. Each sheet is imported whole or not at all; a sheet with a wrong row stops the import there.</source>
        <translation>Una cartella Excel con un foglio per tipo di dato (sedi, delegazioni, sessioni B2B, organizzazioni, partecipanti, interpreti, indisponibilità, richieste di incontro) che la camera compila e importa qui. Ogni foglio è importato per intero o per niente; un foglio con una riga errata ferma l&apos;importazione a quel punto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save an empty template…</source>
        <translation>Salva un modello vuoto…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a filled workbook…</source>
        <translation>Importa una cartella compilata…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Save the set-up template</source>
        <translation>Salva il modello di impostazione</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Template saved: {path}</source>
        <translation>Modello salvato: {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import a set-up workbook</source>
        <translation>Importa una cartella di impostazione</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a mission first: the import goes into it.</source>
        <translation>Aprire prima una missione: l&apos;importazione va in quella.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the sheet {sheet}…</source>
        <translation>Lettura del foglio {sheet}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was imported: every sheet is empty.</source>
        <translation>Non è stato importato nulla: tutti i fogli sono vuoti.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{sheet}: {created} created, {updated} updated, {unchanged} unchanged</source>
        <translation>{sheet}: {created} creati, {updated} aggiornati, {unchanged} invariati</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported:</source>
        <translation>Importato:</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <location filename="../../ui/dialogs/shared_database.py" line="+59"/>
        <source>Open shared database</source>
        <translation>Apri database condiviso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. db.camera-torino.local</source>
        <translation>per es. db.camera-torino.local</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remember password (in the system keyring)</source>
        <translation>Ricorda la password (nel portachiavi di sistema)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kept in the system keyring</source>
        <translation>conservata nel portachiavi di sistema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer has no system keyring: Ponte keeps the password only until it closes, and asks for it the next time.</source>
        <translation>Questo computer non ha un portachiavi di sistema: Ponte conserva la password solo fino alla chiusura e la richiede la volta successiva.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test connection</source>
        <translation>Prova la connessione</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Name the server: its host name or address.</source>
        <translation>Indica il server: il nome dell&apos;host o l&apos;indirizzo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name the database on that server.</source>
        <translation>Indica il database su quel server.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} is not a host name; write only the name or the address.</source>
        <translation>{0} non è un nome di host; scrivi solo il nome o l&apos;indirizzo.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Connecting to {0}…</source>
        <translation>Connessione a {0}…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>it holds a Ponte database.</source>
        <translation>contiene un database di Ponte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database is empty: Ponte will prepare it when it opens it.</source>
        <translation>il database è vuoto: Ponte lo preparerà quando lo aprirà.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database holds another program&apos;s tables: Ponte will not open it.</source>
        <translation>il database contiene le tabelle di un altro programma: Ponte non lo aprirà.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected (PostgreSQL {0}); {1}</source>
        <translation>Connesso (PostgreSQL {0}); {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not connected: {0}</source>
        <translation>Non connesso: {0}</translation>
    </message>
</context>
<context>
    <name>SheetEntryDialog</name>
    <message>
        <location filename="../../ui/b2b/sheet_entry.py" line="+40"/>
        <source>Enter a host sheet</source>
        <translation>Inserisci un foglio del tavolo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One key per row, as ticked on the sheet: H held, A or B that side absent, N neither came, C cancelled, Space leave as it is. Backspace goes back.</source>
        <translation>Un tasto per riga, come spuntato sul foglio: H svolto, A o B quella parte assente, N nessuno dei due, C annullato, Spazio lascia com&apos;è. Backspace torna indietro.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Orario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Typed</source>
        <translation>Inserito</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Row {row} of {count}: type its mark.</source>
        <translation>Riga {row} di {count}: digita il suo segno.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n left as they are</source>
        <translation>
            <numerusform>%n lasciata com&apos;è</numerusform>
            <numerusform>%n lasciate come sono</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All {count} rows typed: {parts}. Enter saves them all.</source>
        <translation>Tutte le {count} righe inserite: {parts}. Invio le salva tutte.</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <location filename="../../ui/requests/models.py" line="+34"/>
        <source>Requester</source>
        <translation>Richiedente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To meet</source>
        <translation>Da incontrare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
</context>
<context>
    <name>TableDayModel</name>
    <message>
        <location filename="../../ui/b2b/table_day.py" line="+45"/>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Orario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>Tavolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation A</source>
        <translation>Organizzazione A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation B</source>
        <translation>Organizzazione B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>Interprete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>TableDayWidget</name>
    <message>
        <location line="+151"/>
        <source>Enter a sheet…</source>
        <translation>Inserisci un foglio…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the marks of a printed host sheet, one key per row.</source>
        <translation>Inserisci i segni di un foglio stampato, un tasto per riga.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print host sheets…</source>
        <translation>Stampa i fogli dei tavoli…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A page per table to tick by hand, for desks without a laptop.</source>
        <translation>Una pagina per tavolo da spuntare a mano, per i tavoli senza portatile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys: H held · A / B that side did not come · N neither came · C cancelled · S scheduled · Enter note · Ctrl+Z undo</source>
        <translation>Tasti: H svolto · A / B quella parte non è venuta · N nessuno dei due · C annullato · S in programma · Invio nota · Ctrl+Z annulla</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Session:</source>
        <translation>Sessione:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table:</source>
        <translation>Tavolo:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No-shows per organisation</source>
        <translation>Assenze per organizzazione</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>All tables</source>
        <translation>Tutti i tavoli</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Mark meeting “{name}”</source>
        <translation>Segna l&apos;incontro “{name}”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Table {table} · {session}</source>
        <translation>Tavolo {table} · {session}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter the sheet of table {table}</source>
        <translation>Inserisci il foglio del tavolo {table}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Saved %n mark(s) of the sheet.</source>
        <translation>
            <numerusform>Salvato %n segno del foglio.</numerusform>
            <numerusform>Salvati %n segni del foglio.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print host sheets</source>
        <translation>Stampa i fogli dei tavoli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wrote {path}</source>
        <translation>Scritto {path}</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../ui/forms/date_fields.py" line="+59"/>
        <source>Write a time, e.g. 09:30.</source>
        <translation>Scrivi un orario, per esempio 09:30.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../ui/b2b/timeline.py" line="+49"/>
        <source>Time</source>
        <translation>Orario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table</source>
        <translation>Tavolo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting</source>
        <translation>Incontro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interpreter</source>
        <translation>Interprete</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>free</source>
        <translation>libero</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location line="+44"/>
        <source>Interpreter: {name}</source>
        <translation>Interprete: {name}</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n incontro</numerusform>
            <numerusform>%n incontri</numerusform>
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
            <numerusform>%n pausa tra un incontro e l&apos;altro</numerusform>
            <numerusform>%n pause tra un incontro e l&apos;altro</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../ui/undo.py" line="+87"/>
        <source>The database this was done in is no longer open.</source>
        <translation>Il database in cui è stata eseguita l&apos;operazione non è più aperto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>It was changed or deleted meanwhile.</source>
        <translation>Nel frattempo è stato modificato o eliminato.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not undo or redo “{action}”: {reason}</source>
        <translation>Impossibile annullare o ripetere “{action}”: {reason}</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Someone else changed it after this step; deleting it now would delete their changes too, so nothing was written.</source>
        <translation>Qualcun altro l&apos;ha modificato dopo questo passo; eliminarlo ora cancellerebbe anche le sue modifiche, quindi non è stato scritto nulla.</translation>
    </message>
    <message>
        <location filename="../../ui/programme/commands.py" line="+70"/>
        <location filename="../../ui/undo.py" line="-43"/>
        <source>There is nothing to put back.</source>
        <translation>Non c&apos;è nulla da ripristinare.</translation>
    </message>
</context>
<context>
    <name>UnscheduledModel</name>
    <message>
        <location filename="../../ui/b2b/lists.py" line="+45"/>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meets</source>
        <translation>Incontro con</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why not scheduled</source>
        <translation>Motivo della mancata pianificazione</translation>
    </message>
</context>
<context>
    <name>VenuesPanel</name>
    <message>
        <location filename="../../ui/setup/venues_panel.py" line="+41"/>
        <source>Venues</source>
        <translation>Sedi</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>As in Latin script: {name}</source>
        <translation>Come in caratteri latini: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Nagoya Congress Center</source>
        <translation>es. Nagoya Congress Center</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+173"/>
        <source>Name (Latin script):</source>
        <translation>Nome (caratteri latini):</translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+174"/>
        <source>Name (Italian):</source>
        <translation>Nome (italiano):</translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+174"/>
        <source>Name (Japanese):</source>
        <translation>Nome (giapponese):</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+173"/>
        <source>Address:</source>
        <translation>Indirizzo:</translation>
    </message>
    <message>
        <location line="-171"/>
        <location line="+172"/>
        <source>Address (Japanese):</source>
        <translation>Indirizzo (giapponese):</translation>
    </message>
    <message>
        <location line="-170"/>
        <location line="+171"/>
        <source>City:</source>
        <translation>Città:</translation>
    </message>
    <message>
        <location line="-170"/>
        <location line="+171"/>
        <source>Time zone:</source>
        <translation>Fuso orario:</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+98"/>
        <source>New venue</source>
        <translation>Nuova sede</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Save venue</source>
        <translation>Salva sede</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete venue</source>
        <translation>Elimina sede</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Same time both ways</source>
        <translation>Stesso tempo in entrambe le direzioni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save travel times</source>
        <translation>Salva tempi di percorrenza</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Travel times in minutes (row: from; column: to, numbered as the rows)</source>
        <translation>Tempi di percorrenza in minuti (riga: da; colonna: a, numerata come le righe)</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>“{text}” from {a} to {b} is not a number of minutes between 0 and 1440.</source>
        <translation>«{text}» da {a} a {b} non è un numero di minuti tra 0 e 1440.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Venue: {name}</source>
        <translation>Sede: {name}</translation>
    </message>
</context>
<context>
    <name>WishListModel</name>
    <message>
        <location filename="../../ui/requests/models.py" line="-225"/>
        <source>Asks to meet</source>
        <translation>Chiede di incontrare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marks</source>
        <translation>Segni</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>✕ no thanks</source>
        <translation>✕ no grazie</translation>
    </message>
</context>
</TS>
