<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BirthdayEdit</name>
    <message>
        <location filename="../../networking_app/ui/contacts/birthday_edit.py" line="21"/>
        <source>Birthday: day</source>
        <translation>Anniversaire : jour</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/birthday_edit.py" line="27"/>
        <source>Birthday: month</source>
        <translation>Anniversaire : mois</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/birthday_edit.py" line="32"/>
        <source>year unknown</source>
        <translation>année inconnue</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/birthday_edit.py" line="33"/>
        <source>Birthday: year (optional)</source>
        <translation>Anniversaire : année (facultative)</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/birthday_edit.py" line="38"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/birthday_edit.py" line="39"/>
        <source>No birthday</source>
        <translation>Pas d’anniversaire</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <location filename="../../networking_app/ui/board/board_column.py" line="159"/>
        <source>{n} contact</source>
        <extracomment>Ctrl+Left / Ctrl+Right: go to the column on that side (-1 or +1) the whole header on one line: "Close circle · 12 · 3 overdue" (tooltip, screen readers)</extracomment>
        <translation>{n} contact</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/board_column.py" line="160"/>
        <source>{n} contacts</source>
        <translation>{n} contacts</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/board_column.py" line="163"/>
        <source>{circle} · {count} · {overdue} overdue</source>
        <translation>{circle} · {count} · {overdue} en retard</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/board_column.py" line="167"/>
        <source>{contacts} · {overdue} overdue</source>
        <translation>{contacts} · {overdue} en retard</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/board_column.py" line="170"/>
        <source>{count} · {overdue} overdue</source>
        <translation>{count} · {overdue} en retard</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/board_column.py" line="175"/>
        <source>{circle} · {count}</source>
        <translation>{circle} · {count}</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../networking_app/ui/board/board_view.py" line="127"/>
        <source>No contacts yet. Press Ctrl+N to add the first person of your network.</source>
        <translation>Aucun contact pour l’instant. Appuyez sur Ctrl+N pour ajouter la première personne de votre réseau.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/board_view.py" line="135"/>
        <location filename="../../networking_app/ui/board/board_view.py" line="175"/>
        <source>New Contact…</source>
        <translation>Nouveau contact…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/board_view.py" line="167"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/board_view.py" line="172"/>
        <source>Move to Trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/board_view.py" line="261"/>
        <source>Loading your contacts…</source>
        <translation>Chargement de vos contacts…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/board_view.py" line="270"/>
        <source>Your contacts could not be read. The log file says why; switching views tries again.</source>
        <translation>Vos contacts n’ont pas pu être lus. Le journal indique pourquoi ; changer de vue réessaie.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/board_view.py" line="391"/>
        <source>Move to</source>
        <translation>Déplacer vers</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/board_view.py" line="399"/>
        <source>Log Interaction…</source>
        <translation>Noter une interaction…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/board_view.py" line="402"/>
        <source>Ask for an Introduction…</source>
        <translation>Demander une introduction…</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <location filename="../../networking_app/ui/board/balance_marker.py" line="25"/>
        <source>Given {given}, asked {asked} in the last 12 months</source>
        <translation>Donné {given}, demandé {asked} sur les 12 derniers mois</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/board_delegate.py" line="122"/>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../networking_app/ui/interchange/mapping_dialog.py" line="28"/>
        <source>Columns of {file}</source>
        <translation>Colonnes de {file}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/mapping_dialog.py" line="33"/>
        <source>Rapport does not know this kind of file. Check what each column holds; columns set to “Ignore” are left out.</source>
        <translation>Rapport ne connaît pas ce type de fichier. Vérifiez ce que contient chaque colonne ; les colonnes réglées sur « Ignorer » sont laissées de côté.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/mapping_dialog.py" line="41"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/mapping_dialog.py" line="41"/>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/mapping_dialog.py" line="41"/>
        <source>Contact field</source>
        <translation>Champ du contact</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/mapping_dialog.py" line="55"/>
        <source>Field for column {name}</source>
        <translation>Champ pour la colonne {name}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/mapping_dialog.py" line="66"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/mapping_dialog.py" line="78"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/mapping_dialog.py" line="79"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/mapping_dialog.py" line="80"/>
        <source>Middle name</source>
        <translation>Deuxième prénom</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/mapping_dialog.py" line="81"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/mapping_dialog.py" line="82"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/mapping_dialog.py" line="83"/>
        <source>Nickname</source>
        <translation>Surnom</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/mapping_dialog.py" line="84"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/mapping_dialog.py" line="85"/>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/mapping_dialog.py" line="86"/>
        <source>Role</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/mapping_dialog.py" line="87"/>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/mapping_dialog.py" line="88"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/mapping_dialog.py" line="89"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/mapping_dialog.py" line="90"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/mapping_dialog.py" line="91"/>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/mapping_dialog.py" line="92"/>
        <source>LinkedIn profile</source>
        <translation>Profil LinkedIn</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/mapping_dialog.py" line="93"/>
        <source>Social profile</source>
        <translation>Profil social</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/mapping_dialog.py" line="94"/>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/mapping_dialog.py" line="95"/>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/mapping_dialog.py" line="96"/>
        <source>Birth month</source>
        <translation>Mois de naissance</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/mapping_dialog.py" line="97"/>
        <source>Birth day</source>
        <translation>Jour de naissance</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/mapping_dialog.py" line="98"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/mapping_dialog.py" line="99"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/mapping_dialog.py" line="100"/>
        <source>Connected on (date)</source>
        <translation>Connecté le (date)</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/mapping_dialog.py" line="101"/>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/mapping_dialog.py" line="102"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/mapping_dialog.py" line="124"/>
        <source>Choose at least one column holding a name, an organisation, an email or a phone.</source>
        <translation>Choisissez au moins une colonne qui contient un nom, une organisation, un e-mail ou un téléphone.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../networking_app/ui/commands.py" line="25"/>
        <source>Move {n} contact to {circle}</source>
        <translation>Déplacer {n} contact vers {circle}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/commands.py" line="26"/>
        <source>Move {n} contacts to {circle}</source>
        <translation>Déplacer {n} contacts vers {circle}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/commands.py" line="49"/>
        <source>Move {n} contact to the trash</source>
        <translation>Mettre {n} contact à la corbeille</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/commands.py" line="50"/>
        <source>Move {n} contacts to the trash</source>
        <translation>Mettre {n} contacts à la corbeille</translation>
    </message>
</context>
<context>
    <name>ComposePage</name>
    <message>
        <location filename="../../networking_app/ui/intro/intro_wizard.py" line="47"/>
        <source>Compose the two emails</source>
        <translation>Rédigez les deux emails</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_wizard.py" line="50"/>
        <source>First the opt-in request to the introducer, then the email they can forward unchanged. Edit the templates; the preview is what is exported.</source>
        <translation>D’abord la demande d’accord à l’introducteur, puis l’email qu’il pourra transférer tel quel. Modifiez les modèles ; l’aperçu est ce qui sera exporté.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_wizard.py" line="55"/>
        <source>Language of the emails</source>
        <translation>Langue des emails</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_wizard.py" line="63"/>
        <source>1. Opt-in request</source>
        <translation>1. Demande d’accord</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_wizard.py" line="64"/>
        <source>2. Forwardable email</source>
        <translation>2. Email à transférer</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_wizard.py" line="66"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../../networking_app/ui/confirm.py" line="14"/>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications ?</translation>
    </message>
</context>
<context>
    <name>ContactActions</name>
    <message>
        <location filename="../../networking_app/ui/shell/contact_actions.py" line="36"/>
        <source>&amp;New Contact…</source>
        <translation>&amp;Nouveau contact…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/contact_actions.py" line="39"/>
        <source>&amp;Edit Contact…</source>
        <translation>&amp;Modifier le contact…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/contact_actions.py" line="41"/>
        <source>&amp;Merge Contacts…</source>
        <translation>&amp;Fusionner des contacts…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/contact_actions.py" line="43"/>
        <source>Move to &amp;Trash</source>
        <translation>Mettre à la &amp;corbeille</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/contact_actions.py" line="45"/>
        <source>Show T&amp;rash…</source>
        <translation>Afficher la co&amp;rbeille…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/contact_actions.py" line="47"/>
        <source>Ask for an &amp;Introduction…</source>
        <translation>Demander une &amp;introduction…</translation>
    </message>
</context>
<context>
    <name>ContactChooser</name>
    <message>
        <location filename="../../networking_app/ui/timeline/contact_chooser.py" line="203"/>
        <source>Filter by contact…</source>
        <extracomment>Where a word starts inside a name, besides spaces: Anne-Marie, d'Arc, d’Arc.</extracomment>
        <translation>Filtrer par contact…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/contact_chooser.py" line="203"/>
        <source>Type a name, then Enter</source>
        <translation>Tapez un nom, puis Entrée</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/contact_chooser.py" line="238"/>
        <source>Contact in the trash</source>
        <translation>Contact dans la corbeille</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/contact_chooser.py" line="276"/>
        <source>Backspace or Delete removes the selected contact</source>
        <translation>Retour arrière ou Suppr retire le contact sélectionné</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../networking_app/ui/contacts/contact_editor.py" line="69"/>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/contact_editor.py" line="70"/>
        <source>Contact &amp;details</source>
        <translation>&amp;Coordonnées</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/contact_editor.py" line="71"/>
        <source>&amp;Network</source>
        <translation>&amp;Réseau</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/contact_editor.py" line="79"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/contact_editor.py" line="80"/>
        <source>Save the contact (Ctrl+S)</source>
        <translation>Enregistrer le contact (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/contact_editor.py" line="124"/>
        <source>Edit {name}[*]</source>
        <translation>Modifier {name}[*]</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/contact_editor.py" line="126"/>
        <source>New Contact[*]</source>
        <translation>Nouveau contact[*]</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/contact_editor.py" line="186"/>
        <source>{n} problem to fix before saving; its tab is marked.</source>
        <translation>{n} problème à corriger avant d’enregistrer ; son onglet est signalé.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/contact_editor.py" line="187"/>
        <source>{n} problems to fix before saving; their tabs are marked.</source>
        <translation>{n} problèmes à corriger avant d’enregistrer ; leurs onglets sont signalés.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/contact_editor.py" line="220"/>
        <source>the same email</source>
        <translation>la même adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/contact_editor.py" line="221"/>
        <source>the same phone number</source>
        <translation>le même numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/contact_editor.py" line="222"/>
        <source>the same name</source>
        <translation>le même nom</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/contact_editor.py" line="225"/>
        <source>Already in your contacts?</source>
        <translation>Déjà dans vos contacts ?</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/contact_editor.py" line="227"/>
        <source>{name} is already in your contacts, with {why}. Save a new contact anyway? (Two contacts can be merged later from the contact's menu.)</source>
        <translation>{name} est déjà dans vos contacts, avec {why}. Enregistrer quand même un nouveau contact ? (Deux contacts peuvent être fusionnés plus tard depuis le menu du contact.)</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/contact_editor.py" line="238"/>
        <source>You changed this contact. Discard these changes?</source>
        <translation>Vous avez modifié ce contact. Abandonner ces modifications ?</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <location filename="../../networking_app/ui/contacts/contact_picker.py" line="147"/>
        <source>Type a name to search</source>
        <extracomment>At most this many suggestions in the pop-up: more is noise, and it stays fast at 30,000. Folding 30,000 names takes a noticeable moment; the same names come back each time an editor opens, so remember them. the chosen contact's id, or None for nobody</extracomment>
        <translation>Tapez un nom pour chercher</translation>
    </message>
</context>
<context>
    <name>ContactProblems</name>
    <message>
        <location filename="../../networking_app/ui/contacts/problem_messages.py" line="18"/>
        <source>{day} {month}</source>
        <translation>{day} {month}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/problem_messages.py" line="20"/>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/problem_messages.py" line="27"/>
        <source>This birthday is in the future: check the year.</source>
        <translation>Cet anniversaire est dans le futur : vérifiez l’année.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/problem_messages.py" line="31"/>
        <source>Choose both the day and the month of the birthday.</source>
        <translation>Choisissez le jour et le mois de l’anniversaire.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/problem_messages.py" line="35"/>
        <source>Enter a year after 1900, or leave the year empty.</source>
        <translation>Saisissez une année après 1900, ou laissez l’année vide.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/problem_messages.py" line="39"/>
        <source>{date} does not exist: {year} is not a leap year.</source>
        <translation>Le {date} n’existe pas : {year} n’est pas une année bissextile.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/problem_messages.py" line="42"/>
        <source>{date} does not exist: check the day and the month.</source>
        <translation>Le {date} n’existe pas : vérifiez le jour et le mois.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/problem_messages.py" line="51"/>
        <source>Enter a name (first name, last name or nickname).</source>
        <translation>Saisissez un nom (prénom, nom ou surnom).</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/problem_messages.py" line="57"/>
        <source>Enter between 1 and 3650 days, or leave it empty to follow the circle.</source>
        <translation>Saisissez entre 1 et 3650 jours, ou laissez vide pour suivre le cercle.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/problem_messages.py" line="62"/>
        <source>A contact cannot have a relationship with themselves.</source>
        <translation>Un contact ne peut pas être en relation avec lui-même.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/problem_messages.py" line="66"/>
        <source>Strength goes from 1 to 5.</source>
        <translation>La force va de 1 à 5.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/problem_messages.py" line="70"/>
        <source>“{value}” is not an email address: it should look like name@example.org.</source>
        <translation>« {value} » n’est pas une adresse email : elle doit ressembler à nom@exemple.org.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/problem_messages.py" line="75"/>
        <source>“{value}” is not a phone number: use digits, spaces and + ( ) - . /</source>
        <translation>« {value} » n’est pas un numéro de téléphone : utilisez des chiffres, des espaces et + ( ) - . /</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/problem_messages.py" line="79"/>
        <source>Row {row} is empty: type a value or remove the row.</source>
        <translation>La ligne {row} est vide : saisissez une valeur ou supprimez la ligne.</translation>
    </message>
</context>
<context>
    <name>ContactSummary</name>
    <message>
        <location filename="../../networking_app/ui/contacts/merge_dialog.py" line="41"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/merge_dialog.py" line="42"/>
        <source>Organisation:</source>
        <translation>Organisation :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/merge_dialog.py" line="43"/>
        <source>Emails:</source>
        <translation>Emails :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/merge_dialog.py" line="44"/>
        <source>Tags:</source>
        <translation>Étiquettes :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/merge_dialog.py" line="60"/>
        <source>{n} tag</source>
        <translation>{n} étiquette</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/merge_dialog.py" line="60"/>
        <source>{n} tags</source>
        <translation>{n} étiquettes</translation>
    </message>
</context>
<context>
    <name>CustomReminderDialog</name>
    <message>
        <location filename="../../networking_app/ui/today/reminder_dialogs.py" line="100"/>
        <source>Add a Reminder</source>
        <translation>Ajouter un rappel</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_dialogs.py" line="102"/>
        <source>What to do, e.g. Send her the article</source>
        <translation>Quoi faire, par ex. Lui envoyer l’article</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_dialogs.py" line="104"/>
        <source>Repeat every</source>
        <translation>Répéter à intervalle de</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_dialogs.py" line="130"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_dialogs.py" line="121"/>
        <source>&amp;Reminder:</source>
        <translation>&amp;Rappel :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_dialogs.py" line="122"/>
        <source>&amp;Contact (optional):</source>
        <translation>&amp;Contact (facultatif) :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_dialogs.py" line="123"/>
        <source>&amp;First on:</source>
        <translation>&amp;Premier le :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_dialogs.py" line="130"/>
        <source> day</source>
        <translation> jour</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_dialogs.py" line="132"/>
        <source>Every day.</source>
        <translation>Chaque jour.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_dialogs.py" line="133"/>
        <source>Every week, on the same weekday.</source>
        <translation>Chaque semaine, le même jour de la semaine.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_dialogs.py" line="134"/>
        <source>Every month, on the same day (the 31st falls on the month’s last day).</source>
        <translation>Chaque mois, le même jour (le 31 tombe le dernier jour du mois).</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_dialogs.py" line="135"/>
        <source>Every year, on the same date.</source>
        <translation>Chaque année, à la même date.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_dialogs.py" line="138"/>
        <source>Every {n} days.</source>
        <translation>Tous les {n} jours.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_dialogs.py" line="140"/>
        <source>Once, on that day.</source>
        <translation>Une seule fois, ce jour-là.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_dialogs.py" line="157"/>
        <source>Write what the reminder is about.</source>
        <translation>Écrivez l’objet du rappel.</translation>
    </message>
</context>
<context>
    <name>DatabaseProblem</name>
    <message>
        <location filename="../../networking_app/ui/shell/database_problem.py" line="24"/>
        <source>Rapport cannot open your data</source>
        <translation>Rapport ne peut pas ouvrir vos données</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/database_problem.py" line="27"/>
        <source>Rapport cannot open {path}: {reason}.</source>
        <translation>Rapport ne peut pas ouvrir {path} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/database_problem.py" line="31"/>
        <source>The file was left exactly as it is.</source>
        <translation>Le fichier a été laissé tel quel.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/database_problem.py" line="33"/>
        <source>The newest good backup is {backup}. Restoring it keeps the current file aside; nothing is deleted.</source>
        <translation>La sauvegarde valide la plus récente est {backup}. La restaurer met le fichier actuel de côté ; rien n’est supprimé.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/database_problem.py" line="39"/>
        <source>No good backup was found in the backups folder.</source>
        <translation>Aucune sauvegarde valide n’a été trouvée dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/database_problem.py" line="46"/>
        <source>&amp;Restore Newest Backup</source>
        <translation>&amp;Restaurer la dernière sauvegarde</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/database_problem.py" line="50"/>
        <source>Open Data &amp;Folder</source>
        <translation>Ouvrir le &amp;dossier des données</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/database_problem.py" line="54"/>
        <location filename="../../networking_app/ui/shell/database_problem.py" line="92"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/database_problem.py" line="71"/>
        <source>Your data is in use</source>
        <translation>Vos données sont utilisées</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/database_problem.py" line="73"/>
        <source>Another program is using Rapport's data right now, so it cannot be opened.</source>
        <translation>Un autre programme utilise les données de Rapport en ce moment : elles ne peuvent pas être ouvertes.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/database_problem.py" line="79"/>
        <source>Close the program that holds it (a backup or sync tool, another copy of Rapport on another account) or wait a moment, then try again. Nothing was changed.</source>
        <translation>Fermez le programme qui les retient (un outil de sauvegarde ou de synchronisation, une autre copie de Rapport sur un autre compte) ou patientez un instant, puis réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/database_problem.py" line="88"/>
        <source>&amp;Try Again</source>
        <translation>&amp;Réessayer</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../networking_app/ui/board/detail_panel.py" line="113"/>
        <source>Contact details</source>
        <extracomment>a relationship was clicked: show that contact the Edit button was pressed for the contact shown "Show timeline" was clicked for the contact shown "Log…" was clicked for the contact shown "Introduction…" was clicked: ask someone to introduce the contact shown "Remind…" → add a custom reminder / record a life event for the contact shown</extracomment>
        <translation>Détails du contact</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/detail_panel.py" line="147"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/detail_panel.py" line="148"/>
        <source>Edit this contact (Enter on the card)</source>
        <translation>Modifier ce contact (Entrée sur la carte)</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/detail_panel.py" line="150"/>
        <source>Log…</source>
        <translation>Noter…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/detail_panel.py" line="151"/>
        <source>Log an interaction with this contact (Ctrl+L)</source>
        <translation>Noter une interaction avec ce contact (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/detail_panel.py" line="153"/>
        <source>Remind…</source>
        <translation>Rappel…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/detail_panel.py" line="155"/>
        <source>Add a Reminder…</source>
        <translation>Ajouter un rappel…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/detail_panel.py" line="156"/>
        <source>Record a Life Event…</source>
        <translation>Noter un événement de vie…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/detail_panel.py" line="162"/>
        <source>Introduction…</source>
        <translation>Introduction…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/detail_panel.py" line="164"/>
        <source>Ask someone to introduce you to this contact (Ctrl+I)</source>
        <translation>Demander à quelqu’un de vous présenter à ce contact (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/detail_panel.py" line="185"/>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/detail_panel.py" line="186"/>
        <source>Industry</source>
        <translation>Industrie</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/detail_panel.py" line="187"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/detail_panel.py" line="188"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/detail_panel.py" line="189"/>
        <source>Met through</source>
        <translation>Rencontré via</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/detail_panel.py" line="190"/>
        <source>Introduced by</source>
        <translation>Présenté par</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/detail_panel.py" line="191"/>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/detail_panel.py" line="192"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/detail_panel.py" line="193"/>
        <source>Keep in touch</source>
        <translation>Garder le contact</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/detail_panel.py" line="205"/>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/detail_panel.py" line="206"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/detail_panel.py" line="207"/>
        <source>Next time, ask</source>
        <translation>La prochaine fois, demander</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/detail_panel.py" line="208"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/detail_panel.py" line="209"/>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/detail_panel.py" line="210"/>
        <source>Latest interactions</source>
        <translation>Dernières interactions</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/detail_panel.py" line="252"/>
        <source>Select a contact to see their details.</source>
        <translation>Sélectionnez un contact pour voir ses détails.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/detail_panel.py" line="257"/>
        <source>{n} contacts selected.</source>
        <translation>{n} contacts sélectionnés.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/detail_panel.py" line="288"/>
        <source>every {n} days</source>
        <translation>tous les {n} jours</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <location filename="../../networking_app/ui/today/draft_dialog.py" line="41"/>
        <source>Reconnect</source>
        <translation>Reprendre contact</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/draft_dialog.py" line="42"/>
        <source>Congratulate</source>
        <translation>Féliciter</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/draft_dialog.py" line="43"/>
        <source>Share an article</source>
        <translation>Partager un article</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/draft_dialog.py" line="44"/>
        <source>Thank you</source>
        <translation>Remercier</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/draft_dialog.py" line="198"/>
        <source>Message to {name}</source>
        <translation>Message à {name}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/draft_dialog.py" line="186"/>
        <source>{name} (no email address)</source>
        <translation>{name} (pas d’adresse e-mail)</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/draft_dialog.py" line="45"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/draft_dialog.py" line="125"/>
        <source>&amp;Template:</source>
        <extracomment>the question asked before copying or exporting unfilled placeholders</extracomment>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/draft_dialog.py" line="126"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/draft_dialog.py" line="128"/>
        <source>T&amp;o:</source>
        <translation>&amp;Destinataire :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/draft_dialog.py" line="130"/>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/draft_dialog.py" line="132"/>
        <source>About:</source>
        <translation>Au sujet de :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/draft_dialog.py" line="133"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/draft_dialog.py" line="135"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/draft_dialog.py" line="136"/>
        <source>Copy the subject and the message</source>
        <translation>Copier l’objet et le message</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/draft_dialog.py" line="137"/>
        <source>&amp;Export .eml…</source>
        <translation>&amp;Exporter en .eml…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/draft_dialog.py" line="139"/>
        <source>Save a draft your mail program opens as a message to send</source>
        <translation>Enregistrer un brouillon que votre messagerie ouvre comme un message à envoyer</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/draft_dialog.py" line="221"/>
        <source>Replace your text?</source>
        <translation>Remplacer votre texte ?</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/draft_dialog.py" line="222"/>
        <source>You changed this message. Replace it with the chosen template?</source>
        <translation>Vous avez modifié ce message. Le remplacer par le modèle choisi ?</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/draft_dialog.py" line="258"/>
        <source>Still to fill in: {fields}</source>
        <translation>Encore à compléter : {fields}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/draft_dialog.py" line="287"/>
        <source>Placeholders Not Filled In</source>
        <translation>Champs non remplis</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/draft_dialog.py" line="288"/>
        <source>This draft still contains {fields}: they would go out as they are.</source>
        <translation>Ce brouillon contient encore {fields} : ils partiraient tels quels.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/draft_dialog.py" line="294"/>
        <source>Replace them in the message, or go on anyway.</source>
        <translation>Remplacez-les dans le message, ou continuez quand même.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/draft_dialog.py" line="311"/>
        <source>Copy Anyway</source>
        <translation>Copier quand même</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/draft_dialog.py" line="316"/>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/draft_dialog.py" line="322"/>
        <source>Export Anyway</source>
        <translation>Exporter quand même</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/draft_dialog.py" line="332"/>
        <source>Export Draft</source>
        <translation>Exporter le brouillon</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/draft_dialog.py" line="332"/>
        <source>Email drafts (*.eml)</source>
        <translation>Brouillons d’e-mail (*.eml)</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/draft_dialog.py" line="342"/>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/draft_dialog.py" line="343"/>
        <source>Could not write {path}: {reason}</source>
        <translation>Impossible d’écrire {path} : {reason}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/draft_dialog.py" line="349"/>
        <source>Draft saved to {path}</source>
        <translation>Brouillon enregistré dans {path}</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../../networking_app/ui/intro/draft_editor.py" line="41"/>
        <source>Template subject</source>
        <translation>Objet du modèle</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/draft_editor.py" line="44"/>
        <source>Template text</source>
        <translation>Texte du modèle</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/draft_editor.py" line="47"/>
        <source>Subject as sent</source>
        <translation>Objet tel qu’envoyé</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/draft_editor.py" line="51"/>
        <source>Email as sent</source>
        <translation>Email tel qu’envoyé</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/draft_editor.py" line="55"/>
        <source>Save as My Template</source>
        <translation>Garder comme mon modèle</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/draft_editor.py" line="56"/>
        <source>Use this text for every future request</source>
        <translation>Utiliser ce texte pour toutes les prochaines demandes</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/draft_editor.py" line="58"/>
        <source>Restore Built-in Text</source>
        <translation>Revenir au texte d’origine</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/draft_editor.py" line="62"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/draft_editor.py" line="65"/>
        <source>Placeholders: {names}</source>
        <translation>Champs : {names}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/draft_editor.py" line="71"/>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/draft_editor.py" line="75"/>
        <source>&lt;b&gt;Template&lt;/b&gt; (edit it here)</source>
        <translation>&lt;b&gt;Modèle&lt;/b&gt; (à modifier ici)</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/draft_editor.py" line="76"/>
        <source>&lt;b&gt;Preview&lt;/b&gt; (what is exported)</source>
        <translation>&lt;b&gt;Aperçu&lt;/b&gt; (ce qui est exporté)</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/draft_editor.py" line="122"/>
        <source>Still to fill in by hand: {names} (see Settings for your profile).</source>
        <translation>Encore à remplir à la main : {names} (voir les Réglages pour votre profil).</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../networking_app/ui/intro/intro_wizard.py" line="104"/>
        <source>Send it your way</source>
        <translation>Envoyez-la à votre façon</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_wizard.py" line="105"/>
        <source>Rapport sends nothing itself: choose how the emails leave.</source>
        <translation>Rapport n’envoie rien lui-même : choisissez comment les emails partent.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_wizard.py" line="108"/>
        <source>&amp;Save as .eml Files…</source>
        <translation>&amp;Enregistrer en fichiers .eml…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_wizard.py" line="110"/>
        <source>Thunderbird and Outlook open them as drafts, ready to edit and send</source>
        <translation>Thunderbird et Outlook les ouvrent comme brouillons, prêts à modifier et envoyer</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_wizard.py" line="112"/>
        <source>&amp;Open Opt-in in Mail App</source>
        <translation>&amp;Ouvrir la demande dans la messagerie</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_wizard.py" line="113"/>
        <source>&amp;Copy Opt-in</source>
        <translation>&amp;Copier la demande</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_wizard.py" line="114"/>
        <source>Copy For&amp;wardable</source>
        <translation>Copier l’email à transfére&amp;r</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_wizard.py" line="115"/>
        <source>I have sent the opt-in request: mark it as &amp;asked</source>
        <translation>J’ai envoyé la demande d’accord : la marquer « &amp;demandée »</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_wizard.py" line="141"/>
        <source>The opt-in request goes to {email}.</source>
        <translation>La demande d’accord part à {email}.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_wizard.py" line="144"/>
        <source>{name} has no email address recorded: the opt-in draft has no recipient.</source>
        <translation>{name} n’a pas d’adresse email enregistrée : le brouillon de demande n’a pas de destinataire.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_wizard.py" line="148"/>
        <source>Your request is saved in Introductions. Send the opt-in request to {name} first; once they agree, send them the forwardable email to pass on. {to}</source>
        <translation>Votre demande est enregistrée dans Introductions. Envoyez d’abord la demande d’accord à {name} ; une fois son accord obtenu, envoyez-lui l’email à transférer. {to}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_wizard.py" line="160"/>
        <source>Save the drafts in</source>
        <translation>Enregistrer les brouillons dans</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_wizard.py" line="170"/>
        <source>The opt-in request was handed to your mail app.</source>
        <translation>La demande d’accord a été confiée à votre messagerie.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_wizard.py" line="175"/>
        <source>Copied, subject first: paste it into any message.</source>
        <translation>Copié, objet en tête : collez-le dans n’importe quel message.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../networking_app/ui/board/filter_bar.py" line="48"/>
        <source>Search names, organisations, tags, emails, phones, notes…</source>
        <extracomment>Down or Return in the search field: the user wants to go to the cards a list of tags, industries or cities is opening: fill them with set_choices()</extracomment>
        <translation>Rechercher noms, organisations, étiquettes, emails, téléphones, notes…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/filter_bar.py" line="50"/>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/filter_bar.py" line="55"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/filter_bar.py" line="55"/>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/filter_bar.py" line="56"/>
        <source>Target category</source>
        <translation>Catégorie cible</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/filter_bar.py" line="56"/>
        <source>Any target</source>
        <translation>Toute cible</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/filter_bar.py" line="59"/>
        <source>Channel met through</source>
        <translation>Canal de rencontre</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/filter_bar.py" line="59"/>
        <source>Any channel</source>
        <translation>Tout canal</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/filter_bar.py" line="62"/>
        <source>Industry</source>
        <translation>Industrie</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/filter_bar.py" line="62"/>
        <source>All industries</source>
        <translation>Toutes les industries</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/filter_bar.py" line="63"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/filter_bar.py" line="63"/>
        <source>All cities</source>
        <translation>Toutes les villes</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/filter_bar.py" line="64"/>
        <source>Overdue only</source>
        <translation>En retard seulement</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/filter_bar.py" line="65"/>
        <source>Only the contacts whose next touch is past due</source>
        <translation>Seulement les contacts dont la prochaine prise de contact est dépassée</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/filter_bar.py" line="69"/>
        <source>Sort cards</source>
        <translation>Trier les cartes</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/filter_bar.py" line="70"/>
        <source>Order of the cards within each column</source>
        <translation>Ordre des cartes dans chaque colonne</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/filter_bar.py" line="71"/>
        <source>By name</source>
        <translation>Par nom</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/filter_bar.py" line="72"/>
        <source>By last interaction</source>
        <translation>Par dernière interaction</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/filter_bar.py" line="73"/>
        <source>By next due</source>
        <translation>Par prochaine échéance</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/filter_bar.py" line="82"/>
        <source>Sort:</source>
        <translation>Tri :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/filter_bar.py" line="151"/>
        <location filename="../../networking_app/ui/board/filter_bar.py" line="157"/>
        <source>{shown} of {total}</source>
        <translation>{shown} sur {total}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../networking_app/ui/shell/help_dialog.py" line="22"/>
        <source>Rapport Help</source>
        <translation>Aide de Rapport</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../networking_app/ui/interchange/preview_dialog.py" line="30"/>
        <source>Import Contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/preview_dialog.py" line="41"/>
        <source>This backup will restore the whole database: {count} contacts (and {trashed} in the trash) with their interactions, introductions and settings.</source>
        <translation>Cette sauvegarde va restaurer toute la base : {count} contacts (et {trashed} dans la corbeille) avec leurs interactions, introductions et réglages.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/preview_dialog.py" line="47"/>
        <source>This backup will restore the whole database: {count} contacts with their interactions, introductions and settings.</source>
        <translation>Cette sauvegarde va restaurer toute la base : {count} contacts avec leurs interactions, mises en relation et réglages.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/preview_dialog.py" line="53"/>
        <source>New contacts: {new} · Possible duplicates: {dups} · Left out: {rejected}</source>
        <translation>Nouveaux contacts : {new} · Doublons possibles : {dups} · Laissés de côté : {rejected}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/preview_dialog.py" line="62"/>
        <source>These contacts look like people you already have:</source>
        <translation>Ces contacts ressemblent à des personnes que vous avez déjà :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/preview_dialog.py" line="67"/>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/preview_dialog.py" line="68"/>
        <source>Already known as</source>
        <translation>Déjà connu comme</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/preview_dialog.py" line="69"/>
        <source>Same</source>
        <translation>Même</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/preview_dialog.py" line="70"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/preview_dialog.py" line="78"/>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/preview_dialog.py" line="79"/>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/preview_dialog.py" line="80"/>
        <source>name and organisation</source>
        <translation>nom et organisation</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/preview_dialog.py" line="81"/>
        <source>same card</source>
        <translation>même fiche</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/preview_dialog.py" line="82"/>
        <source>profile page</source>
        <translation>page de profil</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/preview_dialog.py" line="93"/>
        <source>Action for {name}</source>
        <translation>Action pour {name}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/preview_dialog.py" line="100"/>
        <source>For all duplicates:</source>
        <translation>Pour tous les doublons :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/preview_dialog.py" line="102"/>
        <source>Action for all duplicates</source>
        <translation>Action pour tous les doublons</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/preview_dialog.py" line="104"/>
        <source>&amp;Apply to All</source>
        <translation>&amp;Appliquer à tous</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/preview_dialog.py" line="110"/>
        <source>These records cannot be imported and will be left out:</source>
        <translation>Ces fiches ne peuvent pas être importées et seront laissées de côté :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/preview_dialog.py" line="120"/>
        <source>Notes:</source>
        <translation>Remarques :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/preview_dialog.py" line="127"/>
        <source>Import the Valid Records</source>
        <translation>Importer les fiches valides</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/preview_dialog.py" line="127"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/preview_dialog.py" line="136"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/preview_dialog.py" line="137"/>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/preview_dialog.py" line="138"/>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <location filename="../../networking_app/ui/interchange/problem_text.py" line="24"/>
        <source>END:VCARD without a BEGIN:VCARD before it</source>
        <translation>END:VCARD sans BEGIN:VCARD avant</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/problem_text.py" line="30"/>
        <source>{what} is outside a card (BEGIN:VCARD is missing)</source>
        <translation>{what} est hors d’une fiche (il manque BEGIN:VCARD)</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/problem_text.py" line="36"/>
        <source>card not closed: the file ends before its END:VCARD</source>
        <translation>fiche non fermée : le fichier se termine avant son END:VCARD</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/problem_text.py" line="42"/>
        <source>{what} is not a property (it has no “:”)</source>
        <translation>{what} n’est pas une propriété (il n’y a pas de « : »)</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/problem_text.py" line="48"/>
        <source>{what} is not a property name</source>
        <translation>{what} n’est pas un nom de propriété</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/problem_text.py" line="54"/>
        <source>{property}: unknown character set {charset}</source>
        <translation>{property} : jeu de caractères inconnu {charset}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/problem_text.py" line="60"/>
        <source>{property}: the text is neither UTF-8 nor in a declared character set; save the file as UTF-8</source>
        <translation>{property} : le texte n’est ni en UTF-8 ni dans un jeu de caractères déclaré ; enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/problem_text.py" line="68"/>
        <source>{property}: the text is not valid {charset}</source>
        <translation>{property} : le texte n’est pas du {charset} valide</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/problem_text.py" line="74"/>
        <source>the card cannot be read ({detail})</source>
        <translation>la fiche est illisible ({detail})</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/problem_text.py" line="80"/>
        <source>not a vCard file: it has no BEGIN:VCARD line</source>
        <translation>pas un fichier vCard : aucune ligne BEGIN:VCARD</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/problem_text.py" line="86"/>
        <source>the file holds no cards</source>
        <translation>le fichier ne contient aucune fiche</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/problem_text.py" line="90"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/problem_text.py" line="94"/>
        <source>not a contact file Rapport reads (.vcf vCard, .csv, or a Rapport .json backup)</source>
        <translation>pas un fichier de contacts que Rapport sait lire (vCard .vcf, .csv ou sauvegarde Rapport .json)</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/problem_text.py" line="101"/>
        <source>no name, organisation, email or phone</source>
        <translation>ni nom, ni organisation, ni e-mail, ni téléphone</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/problem_text.py" line="107"/>
        <source>{count} values where the header names {columns} columns</source>
        <translation>{count} valeurs alors que l’en-tête nomme {columns} colonnes</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/problem_text.py" line="113"/>
        <source>no header row: the first line of the table must name its columns (for example First Name, Last Name, Email)</source>
        <translation>pas de ligne d’en-tête : la première ligne du tableau doit nommer ses colonnes (par exemple Prénom, Nom, E-mail)</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/problem_text.py" line="121"/>
        <source>the CSV is malformed ({detail})</source>
        <translation>le CSV est mal formé ({detail})</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/problem_text.py" line="127"/>
        <source>no column is mapped to a contact field</source>
        <translation>aucune colonne n’est associée à un champ du contact</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/problem_text.py" line="133"/>
        <source>the table has a header but no rows</source>
        <translation>le tableau a un en-tête mais aucune ligne</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/problem_text.py" line="139"/>
        <source>the text is not UTF-8 and its encoding cannot be recognised with confidence; save the file as UTF-8 and import it again</source>
        <translation>le texte n’est pas en UTF-8 et son encodage ne peut pas être reconnu avec certitude ; enregistrez le fichier en UTF-8 et importez-le à nouveau</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/problem_text.py" line="147"/>
        <source>not valid {charset} text</source>
        <translation>texte {charset} non valide</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/problem_text.py" line="153"/>
        <source>not valid JSON ({detail})</source>
        <translation>JSON non valide ({detail})</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/problem_text.py" line="159"/>
        <source>not a Rapport backup</source>
        <translation>pas une sauvegarde Rapport</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/problem_text.py" line="164"/>
        <source>email {value} is not valid; kept in the notes</source>
        <translation>adresse e-mail {value} non valide ; gardée dans les notes</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/problem_text.py" line="170"/>
        <source>phone {value} is not valid; kept in the notes</source>
        <translation>téléphone {value} non valide ; gardé dans les notes</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/problem_text.py" line="176"/>
        <source>birthday {value}: the year was left out</source>
        <translation>anniversaire {value} : l’année a été laissée de côté</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/problem_text.py" line="182"/>
        <source>birthday {value} is not a date; kept in the notes</source>
        <translation>anniversaire {value} : ce n’est pas une date ; gardé dans les notes</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/problem_text.py" line="188"/>
        <source>connection date {value} is not a date; kept in the notes</source>
        <translation>date de connexion {value} : ce n’est pas une date ; gardée dans les notes</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/problem_text.py" line="194"/>
        <source>line {line}: the photo is not in base64; it was left out</source>
        <translation>ligne {line} : la photo n’est pas en base64 ; elle a été laissée de côté</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/problem_text.py" line="200"/>
        <source>line {line}: the photo is not valid base64; it was left out</source>
        <translation>ligne {line} : la photo n’est pas du base64 valide ; elle a été laissée de côté</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/problem_text.py" line="206"/>
        <source>line {line}: the photo is not a JPEG, PNG, GIF or BMP image; it was left out</source>
        <translation>ligne {line} : la photo n’est pas une image JPEG, PNG, GIF ou BMP ; elle a été laissée de côté</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/problem_text.py" line="213"/>
        <source>encoding recognised as {encoding}</source>
        <translation>encodage reconnu : {encoding}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/problem_text.py" line="219"/>
        <source>text without a declared character set read as {encoding}</source>
        <translation>texte sans jeu de caractères déclaré, lu comme {encoding}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/problem_text.py" line="225"/>
        <source>this data folder already has data, so only the backup’s contacts are imported; its interactions, introductions and settings are restored only into an empty data folder</source>
        <translation>ce dossier de données contient déjà des données : seuls les contacts de la sauvegarde sont importés ; ses interactions, introductions et réglages ne sont restaurés que dans un dossier de données vide</translation>
    </message>
</context>
<context>
    <name>InterchangeActions</name>
    <message>
        <location filename="../../networking_app/ui/interchange/interchange_actions.py" line="82"/>
        <source>&amp;Import Contacts…</source>
        <extracomment>An import finished: (contacts added, merged, skipped). An import was cancelled or refused: nothing changed. Emitted as the files are read (done, total), then as contacts are stored. Emitted as an export is written (done, total).</extracomment>
        <translation>&amp;Importer des contacts…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/interchange_actions.py" line="85"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/interchange_actions.py" line="124"/>
        <location filename="../../networking_app/ui/interchange/interchange_actions.py" line="167"/>
        <source>Import Contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/interchange_actions.py" line="126"/>
        <source>Contact files (*.vcf *.vcard *.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Fichiers de contacts (*.vcf *.vcard *.csv *.tsv *.txt *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/interchange_actions.py" line="153"/>
        <location filename="../../networking_app/ui/interchange/interchange_actions.py" line="214"/>
        <source>Import cancelled.</source>
        <translation>Import annulé.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/interchange_actions.py" line="165"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/interchange_actions.py" line="189"/>
        <source>Reading the files…</source>
        <translation>Lecture des fichiers…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/interchange_actions.py" line="193"/>
        <location filename="../../networking_app/ui/interchange/interchange_actions.py" line="230"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import annulé ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/interchange_actions.py" line="201"/>
        <source>Nothing to import</source>
        <translation>Rien à importer</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/interchange_actions.py" line="202"/>
        <source>No contact could be read from these files.</source>
        <translation>Aucun contact n’a pu être lu dans ces fichiers.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/interchange_actions.py" line="226"/>
        <source>Importing contacts…</source>
        <translation>Import des contacts…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/interchange_actions.py" line="233"/>
        <source>Import failed</source>
        <translation>Échec de l’import</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/interchange_actions.py" line="241"/>
        <source>Imported {added} new contacts; {merged} merged, {skipped} skipped.</source>
        <translation>{added} nouveaux contacts importés ; {merged} fusionnés, {skipped} ignorés.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/interchange_actions.py" line="250"/>
        <source>vCard 4.0 (*.vcf)</source>
        <translation>vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/interchange_actions.py" line="251"/>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Tableur CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/interchange_actions.py" line="252"/>
        <source>Rapport backup, everything (*.json)</source>
        <translation>Sauvegarde Rapport, tout (*.json)</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/interchange_actions.py" line="253"/>
        <source>Calendar of birthdays and reminders (*.ics)</source>
        <translation>Calendrier des anniversaires et rappels (*.ics)</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/interchange_actions.py" line="260"/>
        <location filename="../../networking_app/ui/interchange/interchange_actions.py" line="276"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/interchange_actions.py" line="276"/>
        <source>Exporting contacts…</source>
        <translation>Export des contacts…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/interchange_actions.py" line="283"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/interchange_actions.py" line="295"/>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/interchange_actions.py" line="296"/>
        <source>{path} could not be written: {reason}</source>
        <translation>Impossible d’écrire {path} : {reason}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/interchange/interchange_actions.py" line="299"/>
        <source>Exported to {path}</source>
        <translation>Exporté dans {path}</translation>
    </message>
</context>
<context>
    <name>Intro</name>
    <message>
        <location filename="../../networking_app/ui/intro/intro_labels.py" line="21"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_labels.py" line="22"/>
        <source>Asked</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_labels.py" line="23"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_labels.py" line="24"/>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_labels.py" line="25"/>
        <source>Introduced</source>
        <translation>Présentés</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_labels.py" line="26"/>
        <source>Met</source>
        <translation>Rencontrés</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_labels.py" line="27"/>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_labels.py" line="33"/>
        <source>Knows them</source>
        <translation>Le/la connaît</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_labels.py" line="34"/>
        <source>Bridge to their organisation</source>
        <translation>Pont vers son organisation</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_labels.py" line="35"/>
        <source>Bridge to their industry</source>
        <translation>Pont vers son secteur</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_labels.py" line="36"/>
        <source>No known tie</source>
        <translation>Aucun lien connu</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_labels.py" line="43"/>
        <source>You have not given this person anything in the last twelve months. Give first: share an article, an introduction, a word of support.</source>
        <translation>Vous n’avez rien apporté à cette personne depuis douze mois. Donnez d’abord : un article, une introduction, un mot de soutien.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_labels.py" line="48"/>
        <source>You have asked this person more than you have given them this year. Consider giving before asking again.</source>
        <translation>Cette année, vous avez plus demandé à cette personne que vous ne lui avez donné. Pensez à donner avant de redemander.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_labels.py" line="53"/>
        <source>You have not been in touch for more than six months. Reconnect first, without an ask.</source>
        <translation>Vous n’avez pas été en contact depuis plus de six mois. Reprenez d’abord contact, sans rien demander.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_labels.py" line="57"/>
        <source>Another request to this person is still waiting on them. One ask at a time.</source>
        <translation>Une autre demande à cette personne attend encore sa réponse. Une demande à la fois.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_labels.py" line="60"/>
        <source>The ask is vague. Say exactly what you want: a format and a length, for example “a 20-minute call next week”.</source>
        <translation>La demande est vague. Dites exactement ce que vous voulez : un format et une durée, par exemple « un appel de 20 minutes la semaine prochaine ».</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_labels.py" line="65"/>
        <source>The ask looks disproportionate for a first contact (a job, money, a contract). Ask for advice or a conversation first.</source>
        <translation>La demande semble disproportionnée pour un premier contact (un poste, de l’argent, un contrat). Demandez d’abord un conseil ou un échange.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_labels.py" line="70"/>
        <source>“Why this person” is short. Say what you hope from this connection: it helps the introducer say yes.</source>
        <translation>« Pourquoi cette personne » est court. Dites ce que vous espérez de cette rencontre : cela aide l’introducteur à dire oui.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_labels.py" line="75"/>
        <source>This person has no email address recorded: the draft will have no recipient, send it another way or add their email.</source>
        <translation>Cette personne n’a pas d’adresse email enregistrée : le brouillon n’aura pas de destinataire ; envoyez-le autrement ou ajoutez son email.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_labels.py" line="85"/>
        <source>{introducer} has not answered about {target} for a week: send one gentle follow-up.</source>
        <translation>{introducer} n’a pas répondu au sujet de {target} depuis une semaine : envoyez une relance, une seule et en douceur.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_labels.py" line="89"/>
        <source>You met {target}: tell {introducer} how it went and thank them, then close the request.</source>
        <translation>Vous avez rencontré {target} : racontez la suite à {introducer} et remerciez-le/la, puis clôturez la demande.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_labels.py" line="94"/>
        <source>{introducer} declined to introduce {target}: thank them anyway, then close the request.</source>
        <translation>{introducer} a décliné l’introduction à {target} : remerciez-le/la quand même, puis clôturez la demande.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_labels.py" line="101"/>
        <source>The introducer</source>
        <translation>L’introducteur</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_labels.py" line="110"/>
        <source>“{wanted}” cannot come after “{current}”. Next step: {next}.</source>
        <translation>« {wanted} » ne peut pas suivre « {current} ». Étape suivante : {next}.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_labels.py" line="115"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_labels.py" line="117"/>
        <source>This request is closed: nothing follows “{current}”.</source>
        <translation>Cette demande est close : rien ne suit « {current} ».</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_labels.py" line="127"/>
        <source>Could not write in {folder}: {reason}. Choose another folder.</source>
        <translation>Impossible d’écrire dans {folder} : {reason}. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_labels.py" line="130"/>
        <source>Saved {first} and {second} in {folder}.</source>
        <translation>{first} et {second} enregistrés dans {folder}.</translation>
    </message>
</context>
<context>
    <name>IntroWizard</name>
    <message>
        <location filename="../../networking_app/ui/intro/intro_wizard.py" line="191"/>
        <source>Ask for an Introduction</source>
        <extracomment>the request was marked as asked at the end (the timeline changed too)</extracomment>
        <translation>Demander une introduction</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_wizard.py" line="194"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_wizard.py" line="195"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_wizard.py" line="196"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_wizard.py" line="197"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>IntroducerPage</name>
    <message>
        <location filename="../../networking_app/ui/intro/intro_pages.py" line="196"/>
        <source>Who could introduce you?</source>
        <translation>Qui pourrait vous présenter ?</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_pages.py" line="201"/>
        <source>Type to find anyone in your network…</source>
        <translation>Tapez pour trouver n’importe qui dans votre réseau…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_pages.py" line="202"/>
        <source>Find the introducer</source>
        <translation>Trouver l’introducteur</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_pages.py" line="205"/>
        <source>Possible introducers</source>
        <translation>Introducteurs possibles</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_pages.py" line="209"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_pages.py" line="210"/>
        <source>Why them</source>
        <translation>Pourquoi eux</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_pages.py" line="211"/>
        <source>Strength</source>
        <translation>Force du lien</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_pages.py" line="212"/>
        <source>Given / asked (12 months)</source>
        <translation>Donné / demandé (12 mois)</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_pages.py" line="213"/>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_pages.py" line="231"/>
        <source>Ranking the people who could introduce you…</source>
        <translation>Classement des personnes qui pourraient vous présenter…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_pages.py" line="241"/>
        <source>Those who know {name} come first, then those who bridge into their organisation or industry.</source>
        <translation>D’abord ceux qui connaissent {name}, puis ceux qui font le pont vers son organisation ou son secteur.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_pages.py" line="250"/>
        <source>Your network could not be read; the log says why.</source>
        <translation>Votre réseau n’a pas pu être lu ; le journal dit pourquoi.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_pages.py" line="262"/>
        <source>Not proposed again, since they declined before for this person: {names}.</source>
        <translation>Plus proposés, car ils ont déjà décliné pour cette personne : {names}.</translation>
    </message>
</context>
<context>
    <name>IntroductionsView</name>
    <message>
        <location filename="../../networking_app/ui/intro/introductions_view.py" line="120"/>
        <source>&lt;b&gt;To do for your introductions&lt;/b&gt;</source>
        <extracomment>The chain in the order the small timeline shows it. "Ask for an Introduction…" was pressed</extracomment>
        <translation>&lt;b&gt;À faire pour vos introductions&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/introductions_view.py" line="122"/>
        <source>Introduction follow-ups</source>
        <translation>Suivis des introductions</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/introductions_view.py" line="127"/>
        <source>Introduction requests</source>
        <translation>Demandes d’introduction</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/introductions_view.py" line="130"/>
        <source>Person to meet</source>
        <translation>Personne à rencontrer</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/introductions_view.py" line="130"/>
        <source>Introducer</source>
        <translation>Introducteur</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/introductions_view.py" line="130"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/introductions_view.py" line="130"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/introductions_view.py" line="133"/>
        <location filename="../../networking_app/ui/intro/introductions_view.py" line="205"/>
        <source>Ask for an Introduction…</source>
        <translation>Demander une introduction…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/introductions_view.py" line="134"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/introductions_view.py" line="162"/>
        <source>Export Drafts…</source>
        <translation>Exporter les brouillons…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/introductions_view.py" line="168"/>
        <source>Steps (click the next one when it happens):</source>
        <translation>Étapes (cliquez sur la suivante quand elle arrive) :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/introductions_view.py" line="192"/>
        <source>No introduction request yet. Press Ctrl+I (or “Ask for an Introduction” on a contact) to ask someone you know to introduce you: the wizard checks the ask is fair, drafts the opt-in request and the email to forward, and this view then follows the chain until you thank the introducer.</source>
        <translation>Aucune demande d’introduction pour l’instant. Appuyez sur Ctrl+I (ou « Demander une introduction » sur un contact) pour demander à quelqu’un que vous connaissez de vous présenter : l’assistant vérifie que la demande est juste, rédige la demande d’accord et l’email à transférer, puis cette vue suit la chaîne jusqu’à ce que vous remerciiez l’introducteur.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/introductions_view.py" line="258"/>
        <location filename="../../networking_app/ui/intro/introductions_view.py" line="304"/>
        <source>(no introducer)</source>
        <translation>(sans introducteur)</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/introductions_view.py" line="303"/>
        <source>{target} via {introducer}</source>
        <translation>{target} par {introducer}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/introductions_view.py" line="316"/>
        <source>Mark it now</source>
        <translation>Marquer maintenant</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/introductions_view.py" line="321"/>
        <source>Why this person</source>
        <translation>Pourquoi cette personne</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/introductions_view.py" line="322"/>
        <source>The ask</source>
        <translation>La demande</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/introductions_view.py" line="338"/>
        <source>Mark Introduction “{status}”</source>
        <translation>Marquer l’introduction « {status} »</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/introductions_view.py" line="348"/>
        <source>Save the drafts in</source>
        <translation>Enregistrer les brouillons dans</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../networking_app/ui/labels.py" line="18"/>
        <source>Close circle</source>
        <translation>Cercle proche</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/labels.py" line="19"/>
        <source>Extended circle</source>
        <translation>Cercle élargi</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/labels.py" line="20"/>
        <source>Weak ties</source>
        <translation>Liens faibles</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/labels.py" line="21"/>
        <source>To meet</source>
        <translation>À rencontrer</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/labels.py" line="27"/>
        <source>Own industry</source>
        <translation>Votre industrie</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/labels.py" line="28"/>
        <source>Adjacent industry</source>
        <translation>Industrie adjacente</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/labels.py" line="29"/>
        <source>Complementary function</source>
        <translation>Fonction complémentaire</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/labels.py" line="32"/>
        <source>Potential mentor</source>
        <translation>Mentor potentiel</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/labels.py" line="33"/>
        <source>Ambitious peer</source>
        <translation>Pair ambitieux</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/labels.py" line="39"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/labels.py" line="40"/>
        <source>Online / LinkedIn</source>
        <translation>En ligne / LinkedIn</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/labels.py" line="41"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/labels.py" line="42"/>
        <source>Alumni</source>
        <translation>Alumni</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/labels.py" line="43"/>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/labels.py" line="44"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/labels.py" line="50"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/labels.py" line="51"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/labels.py" line="52"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/labels.py" line="53"/>
        <source>Social</source>
        <translation>Réseau social</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/labels.py" line="59"/>
        <source>knows</source>
        <translation>connaît</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/labels.py" line="60"/>
        <source>works with</source>
        <translation>travaille avec</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/labels.py" line="61"/>
        <source>introduced</source>
        <translation>a présenté</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/labels.py" line="77"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/labels.py" line="79"/>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/labels.py" line="83"/>
        <source>{n} day</source>
        <translation>{n} jour</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/labels.py" line="84"/>
        <source>{n} days</source>
        <translation>{n} jours</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/labels.py" line="89"/>
        <source>{n} week</source>
        <translation>{n} semaine</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/labels.py" line="90"/>
        <source>{n} weeks</source>
        <translation>{n} semaines</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/labels.py" line="95"/>
        <source>{n} month</source>
        <translation>{n} mois</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/labels.py" line="96"/>
        <source>{n} months</source>
        <translation>{n} mois</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/labels.py" line="100"/>
        <source>{n} year</source>
        <translation>{n} an</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/labels.py" line="101"/>
        <source>{n} years</source>
        <translation>{n} ans</translation>
    </message>
</context>
<context>
    <name>LifeEventDialog</name>
    <message>
        <location filename="../../networking_app/ui/today/reminder_dialogs.py" line="177"/>
        <source>Record a Life Event</source>
        <translation>Noter un événement de vie</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_dialogs.py" line="183"/>
        <source>e.g. Head of design at Nova</source>
        <translation>par ex. Responsable du design chez Nova</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_dialogs.py" line="184"/>
        <source>Every year</source>
        <translation>Chaque année</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_dialogs.py" line="186"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_dialogs.py" line="187"/>
        <source>&amp;Event:</source>
        <translation>&amp;Événement :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_dialogs.py" line="188"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_dialogs.py" line="189"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_dialogs.py" line="205"/>
        <source>Choose whose event this is.</source>
        <translation>Choisissez la personne concernée.</translation>
    </message>
</context>
<context>
    <name>LogForm</name>
    <message>
        <location filename="../../networking_app/ui/timeline/log_form.py" line="72"/>
        <source>What was it about, in one line</source>
        <extracomment>Kinds where reaching out usually waits for an answer; the others were met in person.</extracomment>
        <translation>De quoi avez-vous parlé, en une ligne</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/log_form.py" line="86"/>
        <source>I &amp;reached out</source>
        <translation>À mon &amp;initiative</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/log_form.py" line="87"/>
        <source>&amp;They did</source>
        <translation>À leur initiati&amp;ve</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/log_form.py" line="88"/>
        <source>&amp;Mutual</source>
        <translation>&amp;Mutuel</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/log_form.py" line="98"/>
        <source>What was said, what you learned about them</source>
        <translation>Ce qui a été dit, ce que vous avez appris sur la personne</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/log_form.py" line="109"/>
        <source>What you asked for, if anything</source>
        <translation>Ce que vous avez demandé, le cas échéant</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/log_form.py" line="113"/>
        <source>Outcome of the ask</source>
        <translation>Issue de la demande</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/log_form.py" line="121"/>
        <source>Their answer</source>
        <translation>Sa réponse</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/log_form.py" line="123"/>
        <source>Answered on</source>
        <translation>Répondu le</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/log_form.py" line="129"/>
        <source>The concrete next step, if any</source>
        <translation>La suite concrète, s’il y en a une</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/log_form.py" line="130"/>
        <source>&amp;Due</source>
        <translation>É&amp;chéance</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/log_form.py" line="131"/>
        <source>D&amp;one</source>
        <translation>&amp;Fait</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/log_form.py" line="149"/>
        <source>W&amp;hen:</source>
        <translation>&amp;Quand :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/log_form.py" line="158"/>
        <source>&amp;With:</source>
        <translation>&amp;Avec :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/log_form.py" line="159"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/log_form.py" line="161"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/log_form.py" line="169"/>
        <source>Direction:</source>
        <translation>Initiative :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/log_form.py" line="170"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/log_form.py" line="171"/>
        <source>Gave:</source>
        <translation>Donné :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/log_form.py" line="172"/>
        <source>&amp;Ask:</source>
        <translation>&amp;Demande :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/log_form.py" line="174"/>
        <source>Answer:</source>
        <translation>Réponse :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/log_form.py" line="180"/>
        <source>Ne&amp;xt step:</source>
        <translation>&amp;Prochaine étape :</translation>
    </message>
</context>
<context>
    <name>LogInteractionDialog</name>
    <message>
        <location filename="../../networking_app/ui/timeline/log_dialog.py" line="59"/>
        <source>Log an Interaction</source>
        <translation>Noter une interaction</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/log_dialog.py" line="62"/>
        <source>Edit Interaction</source>
        <translation>Modifier l’interaction</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/log_dialog.py" line="71"/>
        <source>Save (Ctrl+Enter or Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+Entrée ou Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/log_dialog.py" line="140"/>
        <source>Discard Entry</source>
        <translation>Abandonner la saisie</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/log_dialog.py" line="141"/>
        <source>Discard this entry?</source>
        <translation>Abandonner cette saisie ?</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/log_dialog.py" line="145"/>
        <source>What you typed will be lost.</source>
        <translation>Ce que vous avez saisi sera perdu.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="108"/>
        <source>Navigation</source>
        <extracomment>The user asked to restart now (a new language): the application quits, then starts again once the data folder is closed (see ``app.run_gui``).</extracomment>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="175"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="176"/>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="177"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="183"/>
        <source>&amp;Reminders and Templates…</source>
        <translation>&amp;Rappels et modèles…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="186"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="191"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="192"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="194"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="199"/>
        <source>&amp;Find Contacts…</source>
        <translation>&amp;Rechercher des contacts…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="202"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="206"/>
        <source>&amp;Log Interaction…</source>
        <translation>&amp;Noter une interaction…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="210"/>
        <source>Show Contact’s &amp;Timeline</source>
        <translation>Afficher la &amp;chronologie du contact</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="213"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="224"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="225"/>
        <source>Rapport &amp;Help</source>
        <translation>&amp;Aide de Rapport</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="227"/>
        <source>&amp;About Rapport</source>
        <translation>À &amp;propos de Rapport</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="287"/>
        <source>Data folder: {path}</source>
        <translation>Dossier des données : {path}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/restart_offer.py" line="16"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="366"/>
        <source>About Rapport</source>
        <translation>À propos de Rapport</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="368"/>
        <source>&lt;h3&gt;Rapport {version}&lt;/h3&gt;&lt;p&gt;Strategic networking as daily habits: give first, keep in touch a little and often, ask well.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in {path}.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rapport {version}&lt;/h3&gt;&lt;p&gt;Le networking stratégique en habitudes quotidiennes : donner d’abord, rester présent un peu et souvent, bien demander.&lt;/p&gt;&lt;p&gt;Vos données restent sur cet ordinateur, dans {path}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="376"/>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="384"/>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="380"/>
        <source>Backup written to {path}</source>
        <translation>Sauvegarde écrite dans {path}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/restart_offer.py" line="17"/>
        <source>The new language is used from the next start. Restart Rapport now?</source>
        <translation>La nouvelle langue s’applique au prochain démarrage. Redémarrer Rapport maintenant ?</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/restart_offer.py" line="25"/>
        <source>&amp;Restart Now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/restart_offer.py" line="28"/>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="414"/>
        <source>Daily backup written to {path}</source>
        <translation>Sauvegarde quotidienne écrite dans {path}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="419"/>
        <source>The daily backup failed: {reason}</source>
        <translation>La sauvegarde quotidienne a échoué : {reason}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../networking_app/ui/contacts/merge_dialog.py" line="81"/>
        <source>Merge Contacts</source>
        <extracomment>(kept contact id, removed contact id)</extracomment>
        <translation>Fusionner des contacts</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/merge_dialog.py" line="85"/>
        <source>Merge {name} with another entry for the same person.</source>
        <translation>Fusionner {name} avec une autre fiche de la même personne.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/merge_dialog.py" line="92"/>
        <source>&amp;Keep this one</source>
        <translation>&amp;Conserver celui-ci</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/merge_dialog.py" line="93"/>
        <source>Keep t&amp;his one</source>
        <translation>Conser&amp;ver celui-ci</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/merge_dialog.py" line="103"/>
        <source>All interactions, contact methods, tags and relationships of both are kept; empty fields are filled from the other.</source>
        <translation>Toutes les interactions, coordonnées, étiquettes et relations des deux sont conservées ; les champs vides sont complétés par l’autre fiche.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/merge_dialog.py" line="107"/>
        <source>The other contact is then removed. This cannot be undone.</source>
        <translation>L’autre contact est ensuite supprimé. Cette opération est irréversible.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/merge_dialog.py" line="112"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/merge_dialog.py" line="124"/>
        <source>&amp;Other contact:</source>
        <translation>&amp;Autre contact :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/merge_dialog.py" line="164"/>
        <source>Kept</source>
        <translation>Conservé</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/merge_dialog.py" line="164"/>
        <source>Merged into the kept one</source>
        <translation>Fusionné dans le contact conservé</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/merge_dialog.py" line="169"/>
        <source>Other contact</source>
        <translation>Autre contact</translation>
    </message>
</context>
<context>
    <name>MethodsEditor</name>
    <message>
        <location filename="../../networking_app/ui/contacts/methods_editor.py" line="86"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/methods_editor.py" line="86"/>
        <source>Address or number</source>
        <translation>Adresse ou numéro</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/methods_editor.py" line="86"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/methods_editor.py" line="86"/>
        <source>Preferred</source>
        <translation>Préféré</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/methods_editor.py" line="88"/>
        <source>Emails, phones and links</source>
        <translation>Emails, téléphones et liens</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/methods_editor.py" line="108"/>
        <source>Add e&amp;mail</source>
        <translation>Ajouter un e&amp;mail</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/methods_editor.py" line="109"/>
        <source>Add p&amp;hone</source>
        <translation>Ajouter un &amp;téléphone</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/methods_editor.py" line="110"/>
        <source>Add &amp;web link</source>
        <translation>Ajouter un &amp;lien web</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/methods_editor.py" line="111"/>
        <source>Add so&amp;cial</source>
        <translation>Ajouter un réseau s&amp;ocial</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/methods_editor.py" line="119"/>
        <source>&amp;Remove</source>
        <translation>S&amp;upprimer</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <location filename="../../networking_app/ui/contacts/editor_pages.py" line="233"/>
        <source>Leave empty when nobody introduced you.</source>
        <translation>Laissez vide si personne ne vous a présentés.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/editor_pages.py" line="234"/>
        <source>How you met</source>
        <translation>Comment vous vous êtes rencontrés</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/editor_pages.py" line="236"/>
        <source>&amp;Met through:</source>
        <translation>Rencontré &amp;via :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/editor_pages.py" line="237"/>
        <source>Introduced &amp;by:</source>
        <translation>&amp;Introduit par :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/editor_pages.py" line="240"/>
        <source>Why they matter</source>
        <translation>Pourquoi cette personne compte</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/editor_pages.py" line="249"/>
        <source>Whom they know</source>
        <translation>Qui cette personne connaît</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../networking_app/ui/contacts/editor_pages.py" line="65"/>
        <source>e.g. Head of Product</source>
        <translation>p. ex. responsable produit</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/editor_pages.py" line="72"/>
        <source>e.g. product, sales, data</source>
        <translation>p. ex. produit, ventes, data</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/editor_pages.py" line="91"/>
        <source>Questions to ask, news to follow up on, what matters to them right now.</source>
        <translation>Questions à poser, nouvelles à suivre, ce qui compte pour cette personne en ce moment.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/editor_pages.py" line="96"/>
        <source>Anything worth remembering: family, interests, how you can help.</source>
        <translation>Tout ce qui mérite d’être retenu : famille, centres d’intérêt, comment vous pouvez aider.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/editor_pages.py" line="100"/>
        <source>&amp;First name:</source>
        <translation>Préno&amp;m :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/editor_pages.py" line="101"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/editor_pages.py" line="102"/>
        <source>Nic&amp;kname:</source>
        <translation>S&amp;urnom :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/editor_pages.py" line="104"/>
        <source>Or&amp;ganisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/editor_pages.py" line="105"/>
        <source>&amp;Role:</source>
        <translation>Pos&amp;te :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/editor_pages.py" line="106"/>
        <source>&amp;Industry:</source>
        <translation>&amp;Industrie :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/editor_pages.py" line="107"/>
        <source>Func&amp;tion:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/editor_pages.py" line="108"/>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/editor_pages.py" line="112"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/editor_pages.py" line="115"/>
        <source>&amp;Circle:</source>
        <translation>Cerc&amp;le :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/editor_pages.py" line="116"/>
        <source>Keep in touch e&amp;very:</source>
        <translation>Rel&amp;ancer tous les :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/editor_pages.py" line="120"/>
        <source>&amp;Birthday:</source>
        <translation>&amp;Date d’anniversaire :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/editor_pages.py" line="124"/>
        <source>T&amp;ags:</source>
        <translation>Éti&amp;quettes :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/editor_pages.py" line="126"/>
        <source>&amp;What to ask next time:</source>
        <translation>À demander la proc&amp;haine fois :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/editor_pages.py" line="128"/>
        <source>Not&amp;es:</source>
        <translation>Notes li&amp;bres :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/editor_pages.py" line="212"/>
        <source>{days} (the circle's)</source>
        <translation>{days} (celui du cercle)</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/editor_pages.py" line="214"/>
        <source>no reminders (the circle's)</source>
        <translation>pas de relance (comme le cercle)</translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message>
        <location filename="../../networking_app/ui/intro/intro_pages.py" line="331"/>
        <source>Is it the right ask, at the right time?</source>
        <translation>Est-ce la bonne demande, au bon moment ?</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_pages.py" line="334"/>
        <source>Give before you ask, be specific and reasonable. The checks below never block you.</source>
        <translation>Donnez avant de demander, soyez précis et raisonnable. Les vérifications ci-dessous ne vous bloquent jamais.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_pages.py" line="337"/>
        <source>Your situation in a sentence (optional)</source>
        <translation>Votre situation en une phrase (facultatif)</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_pages.py" line="338"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_pages.py" line="339"/>
        <source>Exactly what you ask for, e.g. “a 20-minute call next week”</source>
        <translation>Exactement ce que vous demandez, par ex. « un appel de 20 minutes la semaine prochaine »</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_pages.py" line="340"/>
        <source>The ask</source>
        <translation>La demande</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_pages.py" line="344"/>
        <source>Readiness checks</source>
        <translation>Vérifications avant de demander</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_pages.py" line="347"/>
        <source>&amp;Context:</source>
        <translation>&amp;Contexte :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_pages.py" line="348"/>
        <source>The &amp;ask (required):</source>
        <translation>La &amp;demande (obligatoire) :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_pages.py" line="379"/>
        <source>&lt;b&gt;Before you ask:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Avant de demander :&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_pages.py" line="382"/>
        <source>&lt;b&gt;Ready:&lt;/b&gt; you gave first, the ask is specific and reasonable.</source>
        <translation>&lt;b&gt;Prêt :&lt;/b&gt; vous avez donné d’abord, la demande est précise et raisonnable.</translation>
    </message>
</context>
<context>
    <name>RelationshipHealth</name>
    <message>
        <location filename="../../networking_app/ui/board/relationship_health.py" line="48"/>
        <source>Nothing given or asked yet.</source>
        <translation>Rien donné ni demandé pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/relationship_health.py" line="50"/>
        <source>Given {given} · Asked {asked} in the last 12 months (all time: {given_all} given, {asked_all} asked)</source>
        <translation>Donné : {given} · Demandé : {asked} sur les 12 derniers mois (depuis toujours : donné {given_all}, demandé {asked_all})</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/relationship_health.py" line="65"/>
        <source>Give before you ask: share something useful first.</source>
        <translation>Donnez avant de demander : partagez d’abord quelque chose d’utile.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/relationship_health.py" line="77"/>
        <source>{n} minute</source>
        <translation>{n} minute</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/relationship_health.py" line="78"/>
        <source>{n} minutes</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/relationship_health.py" line="84"/>
        <source>{n} hour</source>
        <translation>{n} heure</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/relationship_health.py" line="85"/>
        <source>{n} hours</source>
        <translation>{n} heures</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/relationship_health.py" line="89"/>
        <source>{n} day</source>
        <translation>{n} jour</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/relationship_health.py" line="90"/>
        <source>{n} days</source>
        <translation>{n} jours</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/relationship_health.py" line="97"/>
        <source>No outreach yet.</source>
        <translation>Aucune prise de contact à votre initiative pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/relationship_health.py" line="101"/>
        <source>Answered {answered} of {n} outreach message ({share}%)</source>
        <translation>A répondu à {answered} sur {n} prise de contact ({share} %)</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/relationship_health.py" line="104"/>
        <source>Answered {answered} of {n} outreach messages ({share}%)</source>
        <translation>A répondu à {answered} de vos {n} prises de contact ({share} %)</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/relationship_health.py" line="110"/>
        <source>, usually within {delay}</source>
        <translation>, en général sous {delay}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/relationship_health.py" line="224"/>
        <source>No open next step.</source>
        <extracomment>"Show timeline" was clicked: the contact's timeline</extracomment>
        <translation>Aucune prochaine étape à faire.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/relationship_health.py" line="228"/>
        <source>Show timeline</source>
        <translation>Voir la chronologie</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/relationship_health.py" line="233"/>
        <source>Every interaction with this contact</source>
        <translation>Toutes les interactions avec ce contact</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/relationship_health.py" line="236"/>
        <source>Give and ask</source>
        <translation>Donner et demander</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/relationship_health.py" line="239"/>
        <source>Responsiveness</source>
        <translation>Réactivité</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/relationship_health.py" line="241"/>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/relationship_health.py" line="297"/>
        <source>and {n} other in the timeline</source>
        <translation>et {n} autre dans la chronologie</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/relationship_health.py" line="298"/>
        <source>and {n} others in the timeline</source>
        <translation>et {n} autres dans la chronologie</translation>
    </message>
</context>
<context>
    <name>RelationshipsEditor</name>
    <message>
        <location filename="../../networking_app/ui/contacts/relationships_editor.py" line="108"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/relationships_editor.py" line="108"/>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/relationships_editor.py" line="108"/>
        <source>Strength (1–5)</source>
        <translation>Force (1–5)</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/relationships_editor.py" line="110"/>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/relationships_editor.py" line="121"/>
        <source>New relationship with</source>
        <translation>Nouvelle relation avec</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/relationships_editor.py" line="123"/>
        <source>Kind of relationship</source>
        <translation>Type de relation</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/relationships_editor.py" line="125"/>
        <source>Strength, from 1 (faint) to 5 (strong)</source>
        <translation>Force, de 1 (ténue) à 5 (forte)</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/relationships_editor.py" line="126"/>
        <source>&amp;Add</source>
        <translation>Ajou&amp;ter</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/relationships_editor.py" line="128"/>
        <source>&amp;Remove</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/relationships_editor.py" line="136"/>
        <source>&amp;With:</source>
        <translation>&amp;Avec :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/relationships_editor.py" line="138"/>
        <source>Stren&amp;gth:</source>
        <translation>&amp;Force :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/relationships_editor.py" line="197"/>
        <source>Also linked from their side: {names}.</source>
        <translation>Également liés depuis leur fiche : {names}.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/relationships_editor.py" line="269"/>
        <source>(a contact in the trash)</source>
        <translation>(un contact dans la corbeille)</translation>
    </message>
</context>
<context>
    <name>ReminderCommands</name>
    <message>
        <location filename="../../networking_app/ui/today/reminder_commands.py" line="71"/>
        <source>Done: {name}</source>
        <translation>Fait : {name}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_commands.py" line="85"/>
        <source>Snooze: {name}</source>
        <translation>Report : {name}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_commands.py" line="96"/>
        <source>Skip this cycle: {name}</source>
        <translation>Cycle sauté : {name}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_commands.py" line="107"/>
        <source>Snooze All</source>
        <translation>Tout reporter</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_commands.py" line="118"/>
        <source>Delete: {name}</source>
        <translation>Supprimer : {name}</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <location filename="../../networking_app/ui/today/reminder_settings_dialog.py" line="89"/>
        <source>Reminders and Templates</source>
        <extracomment>the keep-in-touch cadences changed: every card's due date may have moved</extracomment>
        <translation>Rappels et modèles</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_settings_dialog.py" line="98"/>
        <source>&amp;Reminders</source>
        <translation>&amp;Rappels</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_settings_dialog.py" line="99"/>
        <source>&amp;Message Templates</source>
        <translation>&amp;Modèles de messages</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_settings_dialog.py" line="119"/>
        <source>Keep in touch, close circle:</source>
        <translation>Garder le contact, cercle proche :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_settings_dialog.py" line="120"/>
        <source>Keep in touch, extended circle:</source>
        <translation>Garder le contact, cercle élargi :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_settings_dialog.py" line="121"/>
        <source>Keep in touch, weak ties:</source>
        <translation>Garder le contact, liens faibles :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_settings_dialog.py" line="126"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_settings_dialog.py" line="130"/>
        <source>&amp;Daily notification at:</source>
        <translation>&amp;Notification quotidienne à :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_settings_dialog.py" line="131"/>
        <source>&amp;Quiet hours from</source>
        <translation>&amp;Heures calmes de</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_settings_dialog.py" line="136"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_settings_dialog.py" line="145"/>
        <source>Quiet hours that start and end at the same time are no quiet hours: notifications would come at any hour. Choose two different times.</source>
        <translation>Des heures calmes qui commencent et finissent à la même heure n’en sont pas : les notifications viendraient à toute heure. Choisissez deux heures différentes.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_settings_dialog.py" line="161"/>
        <source>On the day</source>
        <translation>Le jour même</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_settings_dialog.py" line="163"/>
        <source>1 day before</source>
        <translation>1 jour avant</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_settings_dialog.py" line="165"/>
        <source>{n} days before</source>
        <translation>{n} jours avant</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_settings_dialog.py" line="168"/>
        <source>Life events: &amp;notice:</source>
        <translation>Préavis des événements de &amp;vie :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_settings_dialog.py" line="171"/>
        <source> people a week</source>
        <translation> personnes par semaine</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_settings_dialog.py" line="172"/>
        <source>Weekly &amp;ritual:</source>
        <translation>&amp;Rituel hebdomadaire :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_settings_dialog.py" line="173"/>
        <source>&amp;Start Rapport’s reminders at login</source>
        <translation>&amp;Lancer les rappels de Rapport à l’ouverture de session</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_settings_dialog.py" line="176"/>
        <source>Runs the reminder service in the system tray when you log in.</source>
        <translation>Lance le service de rappels dans la zone de notification quand vous ouvrez votre session.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_settings_dialog.py" line="229"/>
        <source>Reset to the &amp;Built-in Text</source>
        <translation>Revenir au texte d’&amp;origine</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_settings_dialog.py" line="232"/>
        <source>Placeholders filled from the contact and your profile: {names}</source>
        <translation>Champs remplis d’après le contact et votre profil : {names}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_settings_dialog.py" line="241"/>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_settings_dialog.py" line="244"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_settings_dialog.py" line="288"/>
        <source>A template needs a subject and a message.</source>
        <translation>Un modèle a besoin d’un objet et d’un message.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_settings_dialog.py" line="294"/>
        <source>Unknown placeholders, left as typed in the drafts: {names}</source>
        <translation>Champs inconnus, laissés tels quels dans les brouillons : {names}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_settings_dialog.py" line="354"/>
        <source>Start at login</source>
        <translation>Lancement à l’ouverture de session</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_settings_dialog.py" line="355"/>
        <source>Could not change the login entry: {reason}</source>
        <translation>Impossible de modifier l’entrée de démarrage : {reason}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/reminder_settings_dialog.py" line="374"/>
        <source>You changed your reminder settings. Discard these changes?</source>
        <translation>Vous avez modifié vos réglages de rappels. Abandonner ces modifications ?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../networking_app/ui/shell/settings_dialog.py" line="29"/>
        <source>No particular mode</source>
        <extracomment>Spoken at about 150 words a minute, a 30-second pitch is some 75 words.</extracomment>
        <translation>Aucun mode particulier</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/settings_dialog.py" line="30"/>
        <source>Introvert: depth over small talk</source>
        <translation>Introverti : la profondeur plutôt que le small talk</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/settings_dialog.py" line="33"/>
        <source>Junior: curiosity and impeccable follow-up</source>
        <translation>Junior : curiosité et suivi impeccable</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/settings_dialog.py" line="36"/>
        <source>Senior: give more, open doors</source>
        <translation>Senior : donner plus, ouvrir des portes</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/settings_dialog.py" line="44"/>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/settings_dialog.py" line="55"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/settings_dialog.py" line="60"/>
        <source>Your name, as it signs your messages</source>
        <translation>Votre nom, tel qu’il signe vos messages</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/settings_dialog.py" line="63"/>
        <source>Who you are, what you do, what you are looking for — in 30 seconds.</source>
        <translation>Qui vous êtes, ce que vous faites, ce que vous cherchez — en 30 secondes.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/settings_dialog.py" line="83"/>
        <source>Passwords are kept in the system keyring.</source>
        <translation>Les mots de passe sont conservés dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/settings_dialog.py" line="86"/>
        <source>No system keyring is available, so Rapport cannot store passwords. On Linux, install and start a Secret Service (for example gnome-keyring).</source>
        <translation>Aucun trousseau système n’est disponible : Rapport ne peut pas enregistrer de mots de passe. Sous Linux, installez et démarrez un Secret Service (par exemple gnome-keyring).</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/settings_dialog.py" line="94"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/settings_dialog.py" line="95"/>
        <source>30-second &amp;pitch:</source>
        <translation>&amp;Pitch de 30 secondes :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/settings_dialog.py" line="97"/>
        <source>&amp;Signature:</source>
        <translation>&amp;Signature :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/settings_dialog.py" line="98"/>
        <source>Personality &amp;mode:</source>
        <translation>&amp;Mode de personnalité :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/settings_dialog.py" line="99"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/settings_dialog.py" line="100"/>
        <source>Passwords:</source>
        <translation>Mots de passe :</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/settings_dialog.py" line="115"/>
        <source>{words} words, about {seconds} seconds spoken.</source>
        <translation>{words} mots, environ {seconds} secondes à l’oral.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/settings_dialog.py" line="119"/>
        <source>Try to keep it under 30 seconds.</source>
        <translation>Essayez de rester sous les 30 secondes.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/settings_dialog.py" line="134"/>
        <source>You changed your settings. Discard these changes?</source>
        <translation>Vous avez modifié vos paramètres. Abandonner ces modifications ?</translation>
    </message>
</context>
<context>
    <name>SnoozeDateDialog</name>
    <message>
        <location filename="../../networking_app/ui/today/snooze_date_dialog.py" line="29"/>
        <source>Snooze until…</source>
        <translation>Reporter jusqu’au…</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <location filename="../../networking_app/ui/board/relationship_health.py" line="153"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/relationship_health.py" line="154"/>
        <source>Mark this next step done (Ctrl+Z undoes)</source>
        <translation>Marquer cette prochaine étape comme faite (Ctrl+Z annule)</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/relationship_health.py" line="156"/>
        <source>Mark “{step}” done</source>
        <translation>Marquer « {step} » comme faite</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/relationship_health.py" line="164"/>
        <source>due {date}</source>
        <translation>pour le {date}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/board/relationship_health.py" line="171"/>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
</context>
<context>
    <name>TagsEdit</name>
    <message>
        <location filename="../../networking_app/ui/contacts/tags_edit.py" line="53"/>
        <source>mentor, climate, alumni… (separate with commas)</source>
        <translation>mentor, climat, alumni… (séparées par des virgules)</translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message>
        <location filename="../../networking_app/ui/intro/intro_pages.py" line="69"/>
        <source>Who would you like to meet?</source>
        <extracomment>"Why this person" must say at least this much before going on.</extracomment>
        <translation>Qui aimeriez-vous rencontrer ?</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_pages.py" line="71"/>
        <source>People from your “To meet” circle come first. Type to find anyone else.</source>
        <translation>Les personnes de votre cercle « À rencontrer » viennent d’abord. Tapez pour trouver quelqu’un d’autre.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_pages.py" line="80"/>
        <source>Type a name, an organisation…</source>
        <translation>Tapez un nom, une organisation…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_pages.py" line="81"/>
        <source>Find the person to meet</source>
        <translation>Trouver la personne à rencontrer</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_pages.py" line="83"/>
        <source>Person to meet</source>
        <translation>Personne à rencontrer</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_pages.py" line="84"/>
        <source>New Contact…</source>
        <translation>Nouveau contact…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_pages.py" line="85"/>
        <source>Add the person to your “To meet” circle</source>
        <translation>Ajouter la personne à votre cercle « À rencontrer »</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_pages.py" line="89"/>
        <source>What do you hope from this connection? Be specific: their experience, a question only they can answer…</source>
        <translation>Qu’espérez-vous de cette rencontre ? Soyez précis : son expérience, une question à laquelle elle seule peut répondre…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_pages.py" line="93"/>
        <source>Why this person</source>
        <translation>Pourquoi cette personne</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_pages.py" line="104"/>
        <source>&amp;Why this person? (required)</source>
        <translation>Pour&amp;quoi cette personne ? (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_pages.py" line="119"/>
        <source>Reading your contacts…</source>
        <translation>Lecture de vos contacts…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_pages.py" line="125"/>
        <source>Your network could not be read; the log says why.</source>
        <translation>Votre réseau n’a pas pu être lu ; le journal dit pourquoi.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/intro/intro_pages.py" line="177"/>
        <source>Say specifically why this person, in a few words at least.</source>
        <translation>Dites précisément pourquoi cette personne, en quelques mots au moins.</translation>
    </message>
</context>
<context>
    <name>TimelineCommands</name>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_commands.py" line="39"/>
        <source>Log interaction</source>
        <translation>Noter une interaction</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_commands.py" line="41"/>
        <source>Edit interaction</source>
        <translation>Modifier une interaction</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_commands.py" line="70"/>
        <source>Delete interaction</source>
        <translation>Supprimer une interaction</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_commands.py" line="91"/>
        <source>Mark next step done</source>
        <translation>Marquer la prochaine étape comme faite</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_commands.py" line="93"/>
        <source>Mark next step not done</source>
        <translation>Marquer la prochaine étape comme non faite</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_delegate.py" line="84"/>
        <source>Gave: {values}</source>
        <translation>Donné : {values}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_delegate.py" line="93"/>
        <source>Asked: they said yes</source>
        <translation>Demande acceptée</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_delegate.py" line="97"/>
        <source>Asked: they said no</source>
        <translation>Demande refusée</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_delegate.py" line="102"/>
        <source>Asked: pending</source>
        <translation>Demande en attente</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_delegate.py" line="112"/>
        <source>Done: {step}</source>
        <translation>Fait : {step}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_delegate.py" line="119"/>
        <source>Next step: {step}</source>
        <translation>Prochaine étape : {step}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_delegate.py" line="126"/>
        <source>Next step: {step} (due {date})</source>
        <translation>Prochaine étape : {step} (pour le {date})</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_delegate.py" line="286"/>
        <source>No summary</source>
        <translation>Pas de résumé</translation>
    </message>
</context>
<context>
    <name>TimelineFilterBar</name>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_filter_bar.py" line="34"/>
        <source>Search summaries and notes</source>
        <extracomment>Typing pauses this long before the search runs (each keystroke would be a query).</extracomment>
        <translation>Rechercher dans les résumés et les notes</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_filter_bar.py" line="36"/>
        <source>Search the timeline</source>
        <translation>Rechercher dans la chronologie</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_filter_bar.py" line="45"/>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_filter_bar.py" line="47"/>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_filter_bar.py" line="48"/>
        <source>All circles</source>
        <translation>Tous les cercles</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_filter_bar.py" line="52"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_filter_bar.py" line="54"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_filter_bar.py" line="55"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_filter_bar.py" line="60"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_filter_bar.py" line="61"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_filter_bar.py" line="62"/>
        <source>Values given</source>
        <translation>Valeur apportée</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_filter_bar.py" line="63"/>
        <source>Asks</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_filter_bar.py" line="64"/>
        <source>Open next steps</source>
        <translation>Prochaines étapes à faire</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_filter_bar.py" line="97"/>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
</context>
<context>
    <name>TimelineLabels</name>
    <message>
        <location filename="../../networking_app/ui/timeline/interaction_labels.py" line="21"/>
        <source>Coffee</source>
        <translation>Café</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/interaction_labels.py" line="22"/>
        <source>Meal</source>
        <translation>Repas</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/interaction_labels.py" line="23"/>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/interaction_labels.py" line="24"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/interaction_labels.py" line="25"/>
        <source>Video call</source>
        <translation>Visio</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/interaction_labels.py" line="26"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/interaction_labels.py" line="27"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/interaction_labels.py" line="28"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/interaction_labels.py" line="29"/>
        <source>Social touch</source>
        <translation>Touche sur les réseaux</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/interaction_labels.py" line="36"/>
        <source>I reached out</source>
        <translation>À mon initiative</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/interaction_labels.py" line="37"/>
        <source>They reached out</source>
        <translation>À leur initiative</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/interaction_labels.py" line="38"/>
        <source>Mutual</source>
        <translation>Mutuel</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/interaction_labels.py" line="44"/>
        <source>introduction</source>
        <translation>introduction</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/interaction_labels.py" line="45"/>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/interaction_labels.py" line="46"/>
        <source>expertise</source>
        <translation>expertise</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/interaction_labels.py" line="47"/>
        <source>visibility</source>
        <translation>visibilité</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/interaction_labels.py" line="48"/>
        <source>support</source>
        <translation>soutien</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/interaction_labels.py" line="54"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/interaction_labels.py" line="55"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/interaction_labels.py" line="56"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/interaction_labels.py" line="62"/>
        <source>Answered</source>
        <translation>A répondu</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/interaction_labels.py" line="63"/>
        <source>Waiting for an answer</source>
        <translation>En attente de réponse</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/interaction_labels.py" line="66"/>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/interaction_labels.py" line="72"/>
        <source>Choose at least one contact.</source>
        <translation>Choisissez au moins un contact.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/interaction_labels.py" line="75"/>
        <source>This date is in the future: a planned meeting is a next step, not an interaction.</source>
        <translation>Cette date est dans le futur : un rendez-vous prévu est une prochaine étape, pas une interaction.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/interaction_labels.py" line="79"/>
        <source>This date is too far in the past.</source>
        <translation>Cette date est trop ancienne.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/interaction_labels.py" line="82"/>
        <source>A next step needs a description.</source>
        <translation>Une prochaine étape a besoin d’une description.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/interaction_labels.py" line="85"/>
        <source>The answer cannot come before the interaction.</source>
        <translation>La réponse ne peut pas précéder l’interaction.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_model.py" line="83"/>
        <source>This week</source>
        <extracomment>The first page: enough to fill a tall window, small enough to show in a blink. Later pages grow with what is shown (a quarter of it, up to this): every append makes the view lay out all its rows again, so fewer, larger pages keep a long scroll linear-ish. A reload after a change re-reads at most this many entries to keep the scroll position. A row as (type, interaction id or header day): stable across reloads.</extracomment>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_model.py" line="85"/>
        <source>Last week</source>
        <translation>La semaine dernière</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_model.py" line="88"/>
        <source>Week of {date}</source>
        <translation>Semaine du {date}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_model.py" line="94"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_model.py" line="96"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_view.py" line="73"/>
        <location filename="../../networking_app/ui/timeline/timeline_view.py" line="312"/>
        <source>&amp;Log Interaction…</source>
        <translation>&amp;Noter une interaction…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_view.py" line="74"/>
        <source>Log a coffee, a call or a message (Ctrl+L)</source>
        <translation>Noter un café, un appel ou un message (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_view.py" line="80"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_view.py" line="134"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_view.py" line="137"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_view.py" line="140"/>
        <location filename="../../networking_app/ui/timeline/timeline_view.py" line="299"/>
        <source>Mark Next Step &amp;Done</source>
        <translation>Marquer la prochaine étape comme &amp;faite</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_view.py" line="144"/>
        <source>Clear Filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_view.py" line="283"/>
        <source>Nothing logged yet. Press Ctrl+L after a coffee, a call or a message: the timeline is the memory of every relationship.</source>
        <translation>Rien n’est encore noté. Appuyez sur Ctrl+L après un café, un appel ou un message : la chronologie est la mémoire de chaque relation.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_view.py" line="287"/>
        <source>No interaction matches these filters.</source>
        <translation>Aucune interaction ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/timeline/timeline_view.py" line="299"/>
        <source>Mark Next Step &amp;Not Done</source>
        <translation>Marquer la prochaine étape comme &amp;non faite</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="16"/>
        <source>Keep in touch</source>
        <translation>Garder le contact</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="17"/>
        <source>Next steps</source>
        <translation>Suites à donner</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="18"/>
        <source>Life events</source>
        <translation>Événements de vie</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="19"/>
        <source>Your reminders</source>
        <translation>Vos rappels</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="20"/>
        <source>Introduction follow-ups</source>
        <translation>Suivi des introductions</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="21"/>
        <source>Dormant ties to revive</source>
        <translation>Liens endormis à raviver</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="27"/>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="28"/>
        <source>New job</source>
        <translation>Nouveau poste</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="29"/>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="30"/>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="31"/>
        <source>Move</source>
        <translation>Déménagement</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="32"/>
        <source>Personal milestone</source>
        <translation>Étape personnelle</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="33"/>
        <source>Other event</source>
        <translation>Autre événement</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="40"/>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="43"/>
        <source>1 day late</source>
        <translation>1 jour de retard</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="45"/>
        <source>{n} days late</source>
        <translation>{n} jours de retard</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="49"/>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="51"/>
        <source>in {n} days</source>
        <translation>dans {n} jours</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="58"/>
        <source>every day</source>
        <translation>chaque jour</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="59"/>
        <source>every week</source>
        <translation>chaque semaine</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="60"/>
        <source>every month</source>
        <translation>chaque mois</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="61"/>
        <source>every year</source>
        <translation>chaque année</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="63"/>
        <source>every {n} days</source>
        <translation>tous les {n} jours</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="70"/>
        <source>No interaction logged yet</source>
        <translation>Aucun échange noté pour l’instant</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="72"/>
        <source>Last contact {date}, every {n} days</source>
        <translation>Dernier contact le {date}, tous les {n} jours</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="79"/>
        <source>{event}: {note}</source>
        <translation>{event} : {note}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="83"/>
        <source>Next step: {text}</source>
        <translation>Suite : {text}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="85"/>
        <source>Introduction: {text}</source>
        <translation>Introduction : {text}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="87"/>
        <source>{text} ({every})</source>
        <translation>{text} ({every})</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="100"/>
        <source>keep in touch</source>
        <translation>garder le contact</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="102"/>
        <source>dormant tie to revive</source>
        <translation>lien endormi à raviver</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="110"/>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="117"/>
        <source>share something relevant</source>
        <translation>partager un contenu utile</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="118"/>
        <source>react to their news</source>
        <translation>réagir à son actualité</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="119"/>
        <source>a coffee with no ask</source>
        <translation>un café sans demande</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="125"/>
        <source>Ideas: {ideas}</source>
        <translation>Idées : {ideas}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="135"/>
        <source>a target category you neglect: {category}</source>
        <translation>une catégorie cible que vous négligez : {category}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="139"/>
        <source>overdue for their cadence</source>
        <translation>en retard sur sa cadence</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="140"/>
        <source>a dormant weak tie worth reviving</source>
        <translation>un lien faible endormi à raviver</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/item_text.py" line="143"/>
        <source>a life event coming up</source>
        <translation>un événement de vie approche</translation>
    </message>
</context>
<context>
    <name>TodayList</name>
    <message>
        <location filename="../../networking_app/ui/today/today_list.py" line="56"/>
        <source>Today's review</source>
        <extracomment>Lines a group shows before its "Show n more…" line. Groups after which the ritual's suggestions are listed: what is due today comes first. Enter or a double click on an item's line</extracomment>
        <translation>Revue du jour</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/today_list.py" line="58"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/today_list.py" line="58"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/today_list.py" line="58"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/today_list.py" line="75"/>
        <source>Due: {kind}</source>
        <translation>À faire : {kind}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/today_list.py" line="78"/>
        <source>Dormant ties to revive</source>
        <translation>Liens endormis à raviver</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/today_list.py" line="79"/>
        <source>Life events in the next 14 days</source>
        <translation>Événements de vie des 14 prochains jours</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/today_list.py" line="80"/>
        <source>Open next steps</source>
        <translation>Suites à donner</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/today_list.py" line="138"/>
        <source>Show {n} more…</source>
        <translation>Afficher {n} de plus…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/today_list.py" line="149"/>
        <source>Last contact {date}</source>
        <translation>Dernier contact le {date}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/today_list.py" line="164"/>
        <source>Suggested for this week’s ritual</source>
        <translation>Suggestions pour le rituel de la semaine</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../networking_app/ui/today/today_view.py" line="97"/>
        <source>Updating…</source>
        <extracomment>Commands whose line is selected again when they are undone. builds the agenda, on a worker thread when slow (shared with the tray)</extracomment>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/today_view.py" line="101"/>
        <source>Add &amp;Reminder…</source>
        <translation>Ajouter un &amp;rappel…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/today_view.py" line="103"/>
        <source>Record Life &amp;Event…</source>
        <translation>Noter un &amp;événement de vie…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/today_view.py" line="105"/>
        <source>Reminder Se&amp;ttings…</source>
        <translation>Réglages des ra&amp;ppels…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/today_view.py" line="206"/>
        <source>&amp;Log Touch…</source>
        <translation>&amp;Noter un contact…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/today_view.py" line="207"/>
        <source>&amp;Done</source>
        <translation>&amp;Fait</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/today_view.py" line="208"/>
        <source>&amp;Snooze</source>
        <translation>&amp;Reporter</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/today_view.py" line="209"/>
        <source>S&amp;kip This Cycle</source>
        <translation>&amp;Sauter ce cycle</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/today_view.py" line="210"/>
        <source>&amp;Open Contact</source>
        <translation>&amp;Ouvrir la fiche</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/today_view.py" line="211"/>
        <source>Draft &amp;Message…</source>
        <translation>Préparer un &amp;message…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/today_view.py" line="212"/>
        <source>Dele&amp;te Reminder</source>
        <translation>Supprimer &amp;le rappel</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/today_menus.py" line="20"/>
        <source>Until Tomorrow</source>
        <translation>Jusqu’à demain</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/today_menus.py" line="21"/>
        <source>For 3 Days</source>
        <translation>3 jours</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/today_menus.py" line="22"/>
        <source>For a Week</source>
        <translation>Une semaine</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/today_menus.py" line="25"/>
        <source>Until a Date…</source>
        <translation>Jusqu’à une date…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/today_menus.py" line="33"/>
        <source>Reconnect</source>
        <translation>Reprendre contact</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/today_menus.py" line="34"/>
        <source>Congratulate</source>
        <translation>Féliciter</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/today_menus.py" line="35"/>
        <source>Share an Article</source>
        <translation>Partager un article</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/today_menus.py" line="36"/>
        <source>Thank You</source>
        <translation>Remercier</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/today_menus.py" line="37"/>
        <source>Follow Up</source>
        <translation>Faire un suivi</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/review_text.py" line="21"/>
        <source>Today, {date}</source>
        <translation>Aujourd’hui, {date}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/review_text.py" line="32"/>
        <source>{due} due</source>
        <translation>{due} à faire</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/review_text.py" line="33"/>
        <source>{due} due, {late} of them overdue</source>
        <translation>{due} à faire, dont {late} en retard</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/review_text.py" line="28"/>
        <source>Nothing is due today</source>
        <translation>Rien n’est dû aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/review_text.py" line="44"/>
        <source>This week’s ritual is done: {n} person contacted since Monday {start} — goal of {target} reached.</source>
        <translation>Rituel de la semaine accompli : {n} personne contactée depuis le lundi {start} — objectif de {target} atteint.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/review_text.py" line="49"/>
        <source>This week’s ritual is done: {n} different people contacted since Monday {start} — goal of {target} reached.</source>
        <translation>Rituel de la semaine accompli : {n} personnes différentes contactées depuis le lundi {start} — objectif de {target} atteint.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/review_text.py" line="56"/>
        <source>This week’s ritual: {done} of {target} different people contacted since Monday {start}.</source>
        <translation>Rituel de la semaine : {done} sur {target} personnes différentes contactées depuis le lundi {start}.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/review_text.py" line="70"/>
        <source>{n} person contacted this week — goal of {target} reached</source>
        <translation>{n} personne contactée cette semaine — objectif de {target} atteint</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/review_text.py" line="73"/>
        <source>{n} people contacted this week — goal of {target} reached</source>
        <translation>{n} personnes contactées cette semaine — objectif de {target} atteint</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/review_text.py" line="78"/>
        <source>This week: {done} of {target} people contacted</source>
        <translation>Cette semaine : {done} sur {target} personnes contactées</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/review_text.py" line="88"/>
        <source>Nothing is due today. A good moment to revive a dormant tie: {name} ({what}). Share something relevant, react to their news, or offer a coffee with no ask — press M to draft a message.</source>
        <translation>Rien n’est dû aujourd’hui. Bon moment pour raviver un lien endormi : {name} ({what}). Partagez quelque chose d’utile, réagissez à son actualité ou proposez un café sans rien demander — appuyez sur M pour préparer un message.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/review_text.py" line="95"/>
        <source>Nothing is due today. Keep the weekly ritual going: {name} is suggested below.</source>
        <translation>Rien n’est dû aujourd’hui. Gardez le rituel de la semaine : {name} vous est suggéré ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/review_text.py" line="99"/>
        <source>Nothing is due today. Add the people who matter to you on the board and Rapport will remind you to keep in touch.</source>
        <translation>Rien n’est dû aujourd’hui. Ajoutez sur le tableau les personnes qui comptent pour vous et Rapport vous rappellera de garder le contact.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/review_text.py" line="113"/>
        <source>Done: {name} — the next step is closed</source>
        <translation>Fait : {name} — la prochaine étape est close</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/review_text.py" line="115"/>
        <source>Done: {name} — a touch was logged</source>
        <translation>Fait : {name} — un contact a été enregistré</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/review_text.py" line="117"/>
        <source>Done: {name}</source>
        <translation>Fait : {name}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/review_text.py" line="122"/>
        <source>Snoozed {name} until {date}</source>
        <translation>Reporté au {date} : {name}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/review_text.py" line="130"/>
        <source>Skipped {name} until {date}</source>
        <translation>Passé jusqu’au {date} : {name}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/review_text.py" line="133"/>
        <source>Skipped {name} this time</source>
        <translation>Passé pour cette fois : {name}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/today_view.py" line="337"/>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/today/today_view.py" line="340"/>
        <source>Draft Message</source>
        <translation>Préparer un message</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../networking_app/ui/contacts/trash_dialog.py" line="57"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/trash_dialog.py" line="62"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/trash_dialog.py" line="62"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/trash_dialog.py" line="62"/>
        <source>Moved to the trash</source>
        <translation>Mis à la corbeille</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/trash_dialog.py" line="64"/>
        <source>Contacts in the trash</source>
        <translation>Contacts dans la corbeille</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/trash_dialog.py" line="76"/>
        <source>The trash is empty. Contacts you delete wait here until you restore or purge them.</source>
        <translation>La corbeille est vide. Les contacts que vous supprimez attendent ici que vous les restauriez ou les supprimiez définitivement.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/trash_dialog.py" line="86"/>
        <source>Select several with Ctrl or Shift. Restored contacts return to their circle.</source>
        <translation>Sélectionnez-en plusieurs avec Ctrl ou Maj. Les contacts restaurés retrouvent leur cercle.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/trash_dialog.py" line="91"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/trash_dialog.py" line="92"/>
        <source>&amp;Delete for Good…</source>
        <translation>&amp;Supprimer définitivement…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/trash_dialog.py" line="141"/>
        <source>Delete {name} for good? This cannot be undone.</source>
        <translation>Supprimer définitivement {name} ? Cette opération est irréversible.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/trash_dialog.py" line="147"/>
        <source>Delete {n} contact for good? This cannot be undone.</source>
        <translation>Supprimer définitivement {n} contact ? Cette opération est irréversible.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/trash_dialog.py" line="148"/>
        <source>Delete {n} contacts for good? This cannot be undone.</source>
        <translation>Supprimer définitivement {n} contacts ? Cette opération est irréversible.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/trash_dialog.py" line="152"/>
        <source>Delete for Good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/trash_dialog.py" line="153"/>
        <source>Their interactions stay in your timeline, without them.</source>
        <translation>Leurs interactions restent dans votre chronologie, sans eux.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/contacts/trash_dialog.py" line="174"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
</context>
<context>
    <name>TrayService</name>
    <message>
        <location filename="../../networking_app/ui/tray/tray_service.py" line="204"/>
        <source>{n} reminders are due</source>
        <extracomment>the user asked for today's review (menu entry or a click on the icon) a notification was clicked: show this item (its key) in the Today view notifications were shown for these item keys what an action from the menu did, in words (the window shows it in its status bar) Seconds on the wall clock: a tick much later than planned means a wake from suspend or a clock change (QTimer counts monotonic time, which a suspend stops). The agenda another view computed for a day on the same data, if any. the agenda shown is provisional: a worker is building the current one</extracomment>
        <translation>{n} rappels à faire</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/tray/tray_service.py" line="207"/>
        <source>and {n} more</source>
        <translation>et {n} autres</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/tray/tray_service.py" line="220"/>
        <source>Rapport: nothing is due today</source>
        <translation>Rapport : rien n’est dû aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/tray/tray_service.py" line="224"/>
        <source>Rapport: {n} due, {late} overdue</source>
        <translation>Rapport : {n} à faire, {late} en retard</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/tray/tray_service.py" line="226"/>
        <source>Rapport: {n} due</source>
        <translation>Rapport : {n} à faire</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/tray/tray_service.py" line="236"/>
        <source>Notifications paused until {when}</source>
        <translation>Notifications suspendues jusqu’à {when}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/tray/tray_service.py" line="249"/>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/tray/tray_service.py" line="250"/>
        <source>tomorrow {time}</source>
        <translation>demain {time}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/tray/tray_service.py" line="260"/>
        <source>Open Today’s Review</source>
        <translation>Ouvrir la revue du jour</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/tray/tray_service.py" line="264"/>
        <source>Nothing is due today</source>
        <translation>Rien n’est dû aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/tray/tray_service.py" line="269"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/tray/tray_service.py" line="274"/>
        <source>{n} more in today’s review…</source>
        <translation>{n} autres dans la revue du jour…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/tray/tray_service.py" line="280"/>
        <source>Snooze All until Tomorrow</source>
        <translation>Tout reporter à demain</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/tray/tray_service.py" line="282"/>
        <source>Pause Notifications</source>
        <translation>Suspendre les notifications</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/tray/tray_service.py" line="283"/>
        <source>For 1 Hour</source>
        <translation>Pendant 1 heure</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/tray/tray_service.py" line="284"/>
        <source>Until Tomorrow</source>
        <translation>Jusqu’à demain</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/tray/tray_service.py" line="285"/>
        <source>Resume Now</source>
        <translation>Reprendre maintenant</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/tray/tray_service.py" line="288"/>
        <source>Quit Rapport</source>
        <translation>Quitter Rapport</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/tray/tray_service.py" line="292"/>
        <source>Snooze until Tomorrow</source>
        <translation>Reporter à demain</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/tray/tray_service.py" line="293"/>
        <source>Snooze 3 Days</source>
        <translation>Reporter de 3 jours</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/tray/tray_service.py" line="294"/>
        <source>Snooze a Week</source>
        <translation>Reporter d’une semaine</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/tray/tray_service.py" line="315"/>
        <source>Everything due is snoozed until {date}</source>
        <translation>Tout ce qui était à faire est reporté au {date}</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../networking_app/ui/shell/views.py" line="24"/>
        <source>You follow {n} target domains.</source>
        <translation>Vous suivez {n} domaines cibles.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/views.py" line="30"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/views.py" line="31"/>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/views.py" line="32"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/views.py" line="33"/>
        <source>Introductions</source>
        <translation>Introductions</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/views.py" line="36"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/views.py" line="37"/>
        <source>The map of your network</source>
        <translation>La carte de votre réseau</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/views.py" line="38"/>
        <source>Which circles are thin, which target domains are holes, and who the bridges are. The network map arrives in a coming version.</source>
        <translation>Quels cercles sont clairsemés, quels domaines cibles sont des trous, et qui sont les ponts. La carte du réseau arrive dans une prochaine version.</translation>
    </message>
</context>
<context>
    <name>_ReminderDialog</name>
    <message>
        <location filename="../../networking_app/ui/today/reminder_dialogs.py" line="78"/>
        <source>No one contact is called “{name}”: choose one from the list.</source>
        <extracomment>Events that come back every year unless the user says otherwise. the id of what was stored</extracomment>
        <translation>Aucun contact ne s’appelle « {name} » : choisissez-en un dans la liste.</translation>
    </message>
</context>
</TS>
