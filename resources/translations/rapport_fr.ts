<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="82"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="114"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="115"/>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="116"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="122"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="126"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="137"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="138"/>
        <source>Rapport &amp;Help</source>
        <translation>&amp;Aide de Rapport</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="140"/>
        <source>&amp;About Rapport</source>
        <translation>À &amp;propos de Rapport</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="167"/>
        <source>Data folder: {path}</source>
        <translation>Dossier des données : {path}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="207"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="208"/>
        <source>The new language will be used the next time you open Rapport.</source>
        <translation>La nouvelle langue sera utilisée à la prochaine ouverture de Rapport.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="221"/>
        <source>About Rapport</source>
        <translation>À propos de Rapport</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="223"/>
        <source>&lt;h3&gt;Rapport {version}&lt;/h3&gt;&lt;p&gt;Strategic networking as daily habits: give first, keep in touch a little and often, ask well.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in {path}.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rapport {version}&lt;/h3&gt;&lt;p&gt;Le networking stratégique en habitudes quotidiennes : donner d’abord, rester présent un peu et souvent, bien demander.&lt;/p&gt;&lt;p&gt;Vos données restent sur cet ordinateur, dans {path}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="233"/>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="235"/>
        <source>Backup written to {path}</source>
        <translation>Sauvegarde écrite dans {path}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="251"/>
        <source>Daily backup written to {path}</source>
        <translation>Sauvegarde quotidienne écrite dans {path}</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/main_window.py" line="256"/>
        <source>The daily backup failed: {reason}</source>
        <translation>La sauvegarde quotidienne a échoué : {reason}</translation>
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
        <location filename="../../networking_app/ui/shell/settings_dialog.py" line="136"/>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/settings_dialog.py" line="137"/>
        <source>You changed your settings. Discard these changes?</source>
        <translation>Vous avez modifié vos paramètres. Abandonner ces modifications ?</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../networking_app/ui/shell/views.py" line="25"/>
        <source>Your network is empty for now.</source>
        <translation>Votre réseau est vide pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/views.py" line="27"/>
        <source>Your data holds {total} contacts: {close} close, {extended} extended, {weak} weak ties, {target} to meet.</source>
        <translation>Vos données comptent {total} contacts : {close} proches, {extended} du cercle élargi, {weak} liens faibles, {target} à rencontrer.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/views.py" line="42"/>
        <source>No interaction is recorded yet.</source>
        <translation>Aucune interaction n’est encore enregistrée.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/views.py" line="43"/>
        <source>Your data holds {n} recorded interactions.</source>
        <translation>Vos données comptent {n} interactions enregistrées.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/views.py" line="51"/>
        <source>No introduction request yet.</source>
        <translation>Aucune demande d’introduction pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/views.py" line="53"/>
        <source>Your data holds {total} introduction requests, {open} still in progress.</source>
        <translation>Vos données comptent {total} demandes d’introduction, dont {open} encore en cours.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/views.py" line="59"/>
        <source>You follow {n} target domains.</source>
        <translation>Vous suivez {n} domaines cibles.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/views.py" line="67"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/views.py" line="68"/>
        <source>Your daily review</source>
        <translation>Votre revue du jour</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/views.py" line="69"/>
        <source>Who is due today, who to reconnect with this week, the follow-ups you owe and the birthdays and promotions coming up: fifteen minutes each morning. The review arrives in a coming version.</source>
        <translation>Qui relancer aujourd’hui, avec qui renouer cette semaine, les suites que vous devez, les anniversaires et promotions à venir : quinze minutes chaque matin. La revue arrive dans une prochaine version.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/views.py" line="79"/>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/views.py" line="80"/>
        <source>Your network by circle</source>
        <translation>Votre réseau par cercle</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/views.py" line="81"/>
        <source>Close circle, extended circle, weak ties and people to meet, each in its own column, with who is overdue for a touch. The board arrives in a coming version.</source>
        <translation>Cercle proche, cercle élargi, liens faibles et personnes à rencontrer, chacun dans sa colonne, avec qui attend un signe de vous. Le tableau arrive dans une prochaine version.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/views.py" line="91"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/views.py" line="92"/>
        <source>The memory of every relationship</source>
        <translation>La mémoire de chaque relation</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/views.py" line="93"/>
        <source>What was said, what was given, what was asked and what comes next, newest first. The timeline arrives in a coming version.</source>
        <translation>Ce qui a été dit, donné, demandé, et la suite prévue, du plus récent au plus ancien. La chronologie arrive dans une prochaine version.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/views.py" line="102"/>
        <source>Introductions</source>
        <translation>Introductions</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/views.py" line="103"/>
        <source>Introductions you asked for</source>
        <translation>Les introductions que vous avez demandées</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/views.py" line="104"/>
        <source>Ask the introducer first, hand them an email they can forward, respect a no, and keep them informed until you thank them. The introduction wizard arrives in a coming version.</source>
        <translation>Demandez d’abord l’accord de l’introducteur, donnez-lui un email prêt à transférer, respectez un refus, et tenez-le informé jusqu’au remerciement. L’assistant d’introduction arrive dans une prochaine version.</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/views.py" line="114"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/views.py" line="115"/>
        <source>The map of your network</source>
        <translation>La carte de votre réseau</translation>
    </message>
    <message>
        <location filename="../../networking_app/ui/shell/views.py" line="116"/>
        <source>Which circles are thin, which target domains are holes, and who the bridges are. The network map arrives in a coming version.</source>
        <translation>Quels cercles sont clairsemés, quels domaines cibles sont des trous, et qui sont les ponts. La carte du réseau arrive dans une prochaine version.</translation>
    </message>
</context>
</TS>
