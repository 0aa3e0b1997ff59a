#title: The group chat
#summary: The team's group chat keeps everyone going, until it starts carrying case detail. A parent messages your personal number, a visit needs photographing, and an AI tool offers to write your report. Which tools belong to the work, and which to you?
#minutes: 12
#order: 6
#player: Jo Harper
#employer: Wrenford Borough Council
#people: Leah Tanner, Mia, Ryan Tanner, Dev Kaur, Sian Pollard, Marcus Webb, Priya Sandhu
#places: Wrenford, Tallowfield
#reflect: Which group chats on your own phone carry anything about work? Who is in them, and who could screenshot them?
#reflect: What does your personal number show to anyone who saves it: your photo, your "About" line, your last seen?
#reflect: When a tool offers to do your writing for you, what is still yours to check, and how would you know it had gone wrong?

// Scenario 6 of Public Profile. Fictional council, fictional people and places.
// Tallies: minor = lapses worth a word in supervision; serious = conduct the council would investigate;
// caution = over-caution that costs the family or the team. The knot "outcome" picks the ending.
// Options that the rest of the story treats alike set the same value ("fine", "checked"), so the exhaustive
// walk meets fewer distinct states.
VAR minor = 0
VAR serious = 0
VAR caution = 0
VAR banter = ""
VAR number = ""
VAR photos = ""
VAR report = ""
VAR transcript = ""
VAR screenshot = ""
VAR profile_picture = "beach"

-> monday

=== monday ===
#time: Mon 07:50
#platform: lock
Monday. The bus is late, the rain is sideways, and your phone has been buzzing since seven.

You wipe the screen on your sleeve. Two phones live in your bag: the council's, which is old and slow and dies by lunchtime, and your own, which is new and quick and always charged. Guess which one you reach for.

You are Jo Harper, a social worker in the children's assessment team at Wrenford Borough Council. Six of you share a pod, a kettle and a group chat.

#notification: Hearth: East Team chat (14 new messages)
The group chat started two years ago, when the rota was a mess and someone needed cover for a visit at short notice. It lives on Hearth's messenger, because that is where everyone already was. It has been a lifeline: swaps, lifts, cake, the odd picture of Sian's dog, the night someone's car broke down after a late visit.

#platform: hearth
#message: East Team chat: Dev Kaur: Anyone free for the Tanner visit at 11? I've got court
#message: East Team chat: Marcus Webb: Tallowfield again? Take a helmet. Mum went off like a rocket last week
#message: East Team chat: Dev Kaur: To be fair she had a point about the school. But yes. Loud
#message: East Team chat: Sian Pollard: Ha. Tea and a riot shield
You scroll up. The Tanners are yours from Wednesday anyway: Leah, her daughter Mia, who is seven, and a father, Ryan, who is no longer at home. Priya allocated the case to you on Friday.

You know these people. Dev is four years qualified, the calmest person in the building in a crisis, and talks too fast when he's tired. Marcus has been doing this for twenty years and has the jokes to prove it. Sian is newly qualified, brilliant, and still laughs at everything Marcus says.

Nobody in the chat means any harm. Marcus covered two of your visits in the summer without being asked, and Sian sat with you in the car park the day a hearing went badly. The jokes are how this team copes.

You think of the council's policy on messaging, which everyone signed on their first day: council systems for anything about the people we work with. It was written before any of you had a group chat. It has never quite caught up with how the team actually works.

But the family's surname, their estate and last week's row are now on six personal phones, backed up to six personal clouds.

#covers: case-talk, think-first
#discuss: What makes a team chat useful, and what makes it a risk? Who decides where that line sits?
Outside, the bus finally pulls in. You get a seat at the back, beside a man eating crisps, and read the thread again. It is not a cruel thread. It is a tired one, written by people who care, in a place that was never built for what it now carries.

The bus lurches round the roundabout. You have two stops to decide what, if anything, to say.

+ [Offer to take the visit, and ask to keep names and details off the chat #open #hcpc: 2 upheld #hcpc: 3 upheld #hcpc: 13 upheld]
    ~ banter = "fine"
    #reply: I'll take the 11, it's mine from Wednesday anyway. Can we keep surnames and what happens on visits off here though? Rota stuff yes, case stuff on the case system. Happy to bring biscuits to make up for it
    #message: East Team chat: Dev Kaur: Fair. Thanks Jo, owe you one
    #message: East Team chat: Marcus Webb: Point taken. Biscuits accepted
    You send it. Dev and Marcus reply within a minute.
    You helped a colleague and named the line in the same breath, lightly, without shaming anyone. A chat that carries swaps and lifts is useful; a chat that carries a family's name and their worst day is a record nobody controls. Saying it early, before anything goes wrong, is the easiest time. #feedback
+ [Send a laughing reply and take the visit #hcpc: 2 risk #hcpc: 3 risk]
    ~ banter = "joined"
    ~ minor = MIN(minor + 1, 2)
    #reply: Ha! I'll take it. Helmet on
    You send it. Three people heart it.
    It is kindly meant and it helps Dev. But the joke is now yours too, on your personal account, about a named mother on your own caseload. Screenshots travel, and a parent who read that thread would struggle to trust any of you. Gallows humour has its place, in a room, with the door shut, not in writing on personal phones. #feedback
+ [Take the visit by email from your work account, and say nothing in the chat #hcpc: 2 upheld #hcpc: 3 upheld]
    ~ banter = "fine"
    You email Dev from your work account: you'll cover the 11. You leave the chat alone.
    Moving the arrangement to the work system is right, and Dev is covered. But the chat carries on exactly as before, and the next family's name will be in it by Friday. You saw the problem first; saying nothing leaves it for someone else to meet the hard way. #feedback
+ [Mute the chat and leave the group. You would rather not be part of it #cautious #hcpc: 3 upheld #hcpc: 13 risk]
    ~ banter = "left"
    ~ caution = MIN(caution + 1, 2)
    You leave the group. Nobody takes the 11 o'clock. Dev rings the office from the court corridor and the visit is rearranged for Thursday.
    Your own conduct is spotless, but leaving costs more than it solves. The swaps and lifts that keep visits happening go on without you, nobody hears why, and Leah waits three more days for a visit. A word in the chat would have done more than a silent exit. #feedback
- -> leah

=== leah ===
#time: Mon 12:35
#platform: home
{banter == "left": Priya asks you to see Leah this week instead, as the new worker. You ring and arrange Thursday.}
{banter != "left": The visit goes better than the chat predicted. Leah is wary, then tired, then funny. She says the last social worker never listened, and then, more quietly, that she knows she shouted. Mia shows you a drawing of a horse with six legs. "Extra fast," she explains. You agree a plan for the week: you'll come back on Thursday, and the conference is on Monday.}
{banter == "left": On the phone, Leah is wary. She says she's had three social workers in a year and asks how long you'll last. You say you don't know, which is true, and she laughs for the first time.}

There is a catch from last week. On Friday, once Priya had allocated the case, you rang Leah to introduce yourself. Your work phone died halfway through, and you rang her back from your personal mobile to finish the call. It felt like nothing at the time: a mum on the other end, a visit to confirm, a phone at 1%. Your number is now in her phone.

Your own number has been the same since you were nineteen. Your mum has it, your dentist has it, the parents at the school gate have it. It is on forms, in group chats, in a dozen apps you have forgotten joining.

#notification: Hearth: New message from Leah Tanner
Your personal phone buzzes at lunchtime.

#platform: hearth
#profile: me
#detail: About: Mum of two. Wrenford parkrun, most Saturdays
#detail: Profile photo: you and your youngest on the beach in August
Leah has found you on Hearth's messenger through your number. She can see your profile picture: you and your youngest on the beach, squinting into the sun. She can see your "About" line: mum of two, Wrenford parkrun most Saturdays.

#message: Leah Tanner: hiya is this jo? got ur number from when u rang. ur little one is gorgeous, is that the beach? 
#message: Leah Tanner: also can u tell me what time thursday, I forgot to write it down sorry
You read it twice. There is nothing in it you would mind anyone seeing. It is the sort of message you would send yourself, to a plumber or a teacher or a nurse who had rung you from their own phone.

And that is the difficulty. To Leah, you are a person who rang her. To the council, you are its social worker, assessing whether her daughter is safe at home, and every word between you is part of that, whatever phone it is typed on.

It is a friendly message. Leah is not doing anything wrong. She has the number you rang her from, and she is using it.

#covers: contact, profile-picture, no-requests
#discuss: What does Leah now know about you that she didn't know on Friday? What would a kind, clear answer look like?
You look at your own face on her screen.

+ [Ring her from the office with the time, and explain which number to use #open #hcpc: 1 upheld #hcpc: 3 upheld #hcpc: 13 upheld]
    ~ number = "fine"
    You ring from the office. Thursday at ten. You tell her your work mobile is back on, that it's the number to use, and that you rang from your own phone last week only because the other had died. "Oh, sorry," she says. "Didn't think." You tell her there's nothing to be sorry about. Then you tell Priya, and note it on the record.
    Leah gets her answer, the right channel is clear, and the reason comes from you, kindly. Telling Priya and noting it means the record explains the contact if it ever matters, and the work phone problem gets fixed rather than worked around. #feedback
+ [Reply with the time from your own phone, and a thank you #hcpc: 1 upheld #hcpc: 3 risk]
    ~ number = "replied"
    ~ minor = MIN(minor + 1, 2)
    #reply: Thanks Leah! Thursday 10am. See you then
    You send it. She replies with a thumbs up and a heart.
    Leah has her answer, which matters. But a reply invites the next message, and now your personal phone is the channel: evenings, weekends, with nobody else in the loop and nothing on the record. It was a small step, and the next one will be smaller still. #feedback
+ [Reply once from your phone to give the time and your work number, then tell Priya #hcpc: 1 upheld #hcpc: 3 upheld]
    ~ number = "fine"
    #reply: Hi Leah, it's Thursday at 10. For anything else please use my work mobile, 07700 900412, as I don't use this number for work. See you Thursday
    You send it, then mention it to Priya, who notes it on the record.
    One reply to redirect is a reasonable call: it answers Leah at once and points her to the right channel in writing. Policies differ on whether even that is allowed, so telling Priya was the part that made it safe. Some would ring from the office instead; both keep the line clear. #feedback
+ [Block the number, and raise it at Thursday's visit #cautious #hcpc: 3 upheld #hcpc: 1 risk #phone: block]
    ~ number = "blocked"
    ~ caution = MIN(caution + 1, 2)
    You block the number. Whatever Leah sends next will not reach you, and she will not be told why.
    The boundary is firm, but Leah doesn't know the visit time, and her messages now vanish without explanation, days into a relationship you need to build. Blocking is the right tool for abuse, not for a mum asking when you're coming. A call from the office would have kept the line and the trust. #feedback
- -> profile

=== profile ===
#time: Mon 20:15
#platform: hearth
That evening, the message nags at you. The children are in bed and the washing is on. You open your own profile as a stranger would see it.

It is a strange exercise, looking at yourself from the outside. The picture you chose in August because you liked your hair in it. The "About" line you wrote years ago and never read again. A "last seen" time that tells anyone who has your number when you were awake.

Anyone who saves your number sees your picture and your "About" line, because that is how you set it up years ago: everyone. And Hearth has started suggesting people to you under "People you may know". Leah is at the top. So is a father from a case you closed in the spring.

Contact sync. When you set the phone up, you let Hearth read your address book to "find your friends". Every number you have ever saved is in there, and the platform uses them to suggest you to each other. Leah will be seeing your face in her suggestions too.

None of this was a decision. It was a series of "Allow" buttons pressed on a train, years ago, to get to the thing you actually wanted.

You go through it: contact sync off, the numbers uploaded deleted, "About" and photo to your contacts only, "last seen" to nobody. Then the picture itself.
#pictures: beach dog landscape
Which picture should a stranger with your number see?
+ [Save the changes]
    { profile_picture == "beach":
        You keep the beach photo. Your contacts only, now, but Leah is in your contacts: her number is saved from Friday. Your child's face is still the first thing she sees. #impact: 3 risk
        ~ minor = MIN(minor + 1, 2)
    - else:
        The new picture says nothing about your family, wherever your number ends up. #impact: 3 upheld
    }
    A personal number is a profile. Platforms change how they suggest people and what a number reveals, and nobody sends a letter. Checking now and again, especially after a number has been used for work, is part of keeping the two worlds apart. None of it means hiding: your friends still see you, and you still see them. It means a family sees the social worker, not the whole of your life. #feedback
    -> visit

=== visit ===
#time: Thu 10:05
#platform: home
Thursday, ten o'clock, the Tanners' flat in Tallowfield.
{number == "blocked": Leah opens the door with her arms folded. "Thought you'd gone off me," she says. It takes twenty minutes and a cup of tea before she talks.}
{number != "blocked": Leah has the kettle on. Mia has been waiting at the window.}

Mia is off school with a cold and wants to tell you everything at once: her teacher, her friend Amira, the horse drawing, which now has a rider. Leah makes you a tea in a mug that says WORLD'S OKAYEST MUM, and laughs when you notice.

Then Mia wants to show you her bedroom. Last month, Leah says, it was bare boards and a mattress. Now there is a rug from the charity shop, fairy lights, a shelf that Leah put up herself, wonky, and Mia's drawings all over the wall.

"Take a picture," Leah says. "For the meeting. I want them to see it. Everyone goes on about the mess. Nobody ever sees this."

The child protection conference is on Monday. Around that table there will be a chair, a teacher, the health visitor, a police officer, Leah, probably Ryan, and you. Most of them have only ever read about this flat. It matters that they see what Leah has done, and it matters to Leah that they see it.

You think of the last conference you went to, where a parent's progress was described in a single line, "some improvement noted", and the parent's face as she heard it.

Your work phone is in your bag, and it has died again. The council's replacement is "on order". Your personal phone is in your pocket, at 80%.

#covers: case-talk, think-first, audience-limits
#discuss: Leah wants the photos taken. What makes a photo of a child's bedroom a record, and what makes it a risk? Does the phone matter?
Mia has climbed onto the bed to switch the fairy lights on, so that you can see them properly. Leah is leaning in the doorway with her arms crossed, trying to look as if she doesn't mind either way. She minds very much.

Leah is waiting.

+ [Take the photos on your own phone, upload them to the case record tonight and delete them #hcpc: 1 upheld #hcpc: 2 risk]
    ~ photos = "personal"
    ~ minor = MIN(minor + 1, 2)
    You take four photos, with Leah watching. At home you upload them to the case record through the council's portal and delete them from the phone.
    The photos reach the conference, which matters to Leah. But your phone backs up to your personal cloud, automatically, every night: the pictures of a child's bedroom sit in a second place now, outside the council's control, until you find them and delete them there too. Good intentions, wrong device. Many councils forbid it outright; check yours. #feedback
+ [Take them on your phone and drop them in the team chat so Priya has them for Monday #hcpc: 1 upheld #hcpc: 2 breach #hcpc: 3 risk]
    ~ photos = "chat"
    ~ serious = MIN(serious + 1, 3)
    You take four photos and post them to East Team chat. "Look what Leah's done!" Priya replies with a heart.
    The impulse is generous, and the team is delighted. But images of a child's bedroom, which identify her home, are now on six personal phones and six personal clouds, in an app the council does not control. That is the definition of a data breach, however kind the reason. The council may need to assess whether to report it to the Information Commissioner's Office. #feedback
+ [Write a careful description, and come back with the work tablet #open #hcpc: 1 upheld #hcpc: 2 upheld #hcpc: 10 upheld]
    ~ photos = "later"
    You tell Leah you'd love to, but your work phone is dead and you can't use your own for pictures of Mia's room. You write a careful description while you're there, and ask whether you can come back on Friday with the work tablet. "Go on then," Leah says. "She'll want to show you again anyway."
    It costs a second visit, but everything is right about it: Leah's progress is recorded the same day, in words she heard you write, the photos are taken with her consent on a device the council controls, and the conference sees them. #feedback
+ [Don't take any photos. Photographs in people's homes feel too intrusive #cautious #hcpc: 2 upheld #hcpc: 1 risk]
    ~ photos = "none"
    ~ caution = MIN(caution + 1, 2)
    You say you'd rather not. Leah's face falls. "Right," she says. "Course."
    Caution about photographs is healthy, but this time the person whose home it is asked you to take them, for her own sake. The conference hears "the bedroom has improved" and not much more. Leah's work goes unseen, which is what she was afraid of. The question was which device, not whether. #feedback
- -> write_up

=== write_up ===
#time: Thu 21:40
#platform: home
Thursday night. The conference report is due to Priya tomorrow at nine, so that Leah can read it before Monday. You have eleven pages of handwritten notes and half a draft.

The kitchen table is covered in them. Your tea has gone cold twice. The draft has a good first page and then a section headed "Analysis" with nothing under it, which is the section that matters most and the hardest to write at ten at night.

#platform: hearth
#message: East Team chat: Dev Kaur: Anyone else still up writing? Tip: paste your notes into Chatterbox, the free AI one. Asked it to "write a conference report" and it did mine in a minute
#message: East Team chat: Sian Pollard: Is that allowed?
#message: East Team chat: Dev Kaur: Everyone's doing it
{banter == "left": You are no longer in the chat. Sian forwards you Dev's message with a question mark.}

You have heard about Chatterbox. Everyone has. Your teenage nephew writes his essays with it, badly.

You have also had the council's training on its own approved AI tool for notes, set up so that what goes in stays within the council's systems: half a day in October. The trainer said two things that stuck. It will save you an hour a day. And it makes mistakes that sound exactly as confident as its right answers. You have not used it much since.

#covers: case-talk, think-first, fear
#discuss: What happens to what you paste into a free AI chatbot? What would make an AI tool acceptable for case notes?
Priya needs the report at nine. Leah needs it soon after, to read it before Monday, to argue with it, to be ready. Nobody needs it to be perfect. Everybody needs it to be right.

It is late, and you are tired.

+ [Paste your notes into Chatterbox, checking every line it writes #hcpc: 2 breach #hcpc: 13 risk]
    ~ report = "public"
    ~ serious = MIN(serious + 1, 3)
    You paste in your notes: names, dates, the school, Ryan's history. Chatterbox writes you a report in forty seconds. You check it carefully, fix two mistakes and send it to Priya at eleven.
    The checking was conscientious, but the damage was done at "paste". A free public chatbot is a company's service, not the council's: what goes in may be kept, read by its staff or used to train it, under terms the council never agreed. A family's most sensitive information has left the council's control. That is a data breach. #feedback
+ [Paste them into Chatterbox with the names taken out #hcpc: 2 risk #hcpc: 13 risk]
    ~ report = "anonymised"
    ~ minor = MIN(minor + 1, 2)
    You replace "Leah" with "Mum" and "Mia" with "the child", and paste the rest. The report comes back in a minute. You check it and send it.
    Taking the names out shows you were thinking. But a seven-year-old, her school, a father with a history, a wonky shelf and the date of a conference can be enough to identify a family, and the rest still went to a company the council has no agreement with. The council's approved tool exists so that you don't have to judge this alone at ten at night. #feedback
+ [Use the council's approved tool, and check its draft line by line #open #hcpc: 2 upheld #hcpc: 10 upheld #hcpc: 13 upheld]
    ~ report = "approved"
    You open the council's tool, paste your notes, and check what it writes against them, line by line. It has turned "Leah said she sometimes struggles in the mornings" into "Mother reports difficulty getting up". You put back what Leah said. You send the report to Priya at half past eleven.
    The right tool, used well. It saved you two hours, the information stayed within the council's systems, and you treated the draft as a draft: the words in a report about a family are yours, whoever typed them first. #feedback
+ [Write it yourself, and tell Priya it will be with her on Monday morning #cautious #hcpc: 2 upheld #hcpc: 1 risk]
    ~ report = "late"
    ~ caution = MIN(caution + 1, 2)
    You email Priya: the report will be with her first thing Monday. You go to bed and write it over the weekend.
    Nothing leaves the council, and the report is all your own words. But Leah is entitled to read the report before the conference, and now she will read it an hour before, in a corridor. You had an approved tool you'd been trained on; worry about getting it wrong cost the family the time to prepare. #feedback
- -> transcript_check

=== transcript_check ===
#time: Fri 14:10
#platform: home
Friday afternoon. You went back with the work tablet this morning, to see Leah and Mia again and to record a short conversation with Leah about Ryan for the conference, with her agreement.
{photos == "later": You took the photos of Mia's room too, with Mia directing: the fairy lights on, the horse drawing in the middle, the wonky shelf from three angles.}

Leah talked more freely than she ever has. About Ryan, about the drinking, about the night she asked him to go, about how frightened she was that asking would make things worse. She cried once and then apologised for crying. You told her not to.

The council's tool has transcribed the recording and summarised it. The summary is tidy: headings, bullet points, dates in the right format. It gets the history of the referral right, Mia's school right, the plan for the week right. It even catches the name of Mia's friend, which you had forgotten.

Then, under "Parenting capacity", it says:

"Mother reports she drinks most nights and that this has affected her care of the child."

You stop. That is not what you remember. You remember Leah saying Ryan drank most nights, and that it was why she asked him to leave.

You have a 2.30 with Priya, and the record needs to be on the system before the conference.

#covers: think-first, case-talk
#discuss: Who is responsible for a record a machine wrote? What would it mean for Leah if this line reached the conference?
The cursor blinks over "Approve summary".

+ [Check the recording, correct it, and report the error #open #hcpc: 10 upheld #hcpc: 1 upheld #hcpc: 13 upheld]
    ~ transcript = "checked"
    You find the moment in the recording. "Ryan was drinking most nights," Leah says, clear as anything. The transcript caught it; the summary flipped it. You correct the summary, add a line saying it was checked against the recording and amended, and email the tool's lead in the council with the example. You are five minutes late for Priya.
    A line like that, unchecked, could have shaped a conference about Leah's child. Checking against the source is what makes an AI summary usable, and reporting the error helps the council find out whether it happens to other people's notes too. #feedback
+ [Correct the line from memory and approve it. You were there #hcpc: 10 upheld #hcpc: 1 upheld]
    ~ transcript = "checked"
    You change "she drinks" to "Ryan drank", and approve. You make the 2.30 with Priya on time.
    You caught it, and that matters more than anything. Your memory is probably right. But the recording was there to check, two minutes away, and if the tool flips who said what once, it can do it again in someone else's notes. A short note to whoever looks after the tool would have helped the next family. #feedback
+ [Approve it as it is, with a note to fix the detail later #hcpc: 10 breach #hcpc: 1 risk #hcpc: 13 risk]
    ~ transcript = "approved"
    ~ minor = MIN(minor + 1, 2)
    You approve it and make a note to come back to it. Monday arrives first.
    The summary says Leah drinks most nights. It goes into the conference papers under your name, and the chair reads it out. Leah is distraught. An AI tool saves time only when someone checks what it writes; a note to fix it later is a record wrong now. #feedback
+ [Reject the summary, and type all your notes by hand from now on #cautious #hcpc: 10 upheld #hcpc: 5 risk]
    ~ transcript = "abandoned"
    ~ caution = MIN(caution + 1, 2)
    You delete the summary and type the conversation up from scratch. It takes you until seven. You decide not to use the tool again.
    Your record is accurate, which is what counts today. But you have given up two hours a day you could have spent with families, because of an error the check caught exactly as it should. The skill is checking, not avoiding: and the people who run the tool never hear what went wrong. #feedback
- -> friday_night

=== friday_night ===
#time: Fri 19:25
#platform: hearth
Friday evening. The week is nearly done. Pizza is in the oven, the children are arguing about the telly, and you have promised yourself you will not look at anything work-related until Monday.

Your phone buzzes. Then again. Then six times in a row.

You pick it up, because of course you do. It is the team chat, and it is busy for a Friday night.
{banter == "left": Sian adds you back to the chat "for the Christmas do". You let her.}

#message: East Team chat: Marcus Webb: Have you seen this. State of it
#screenshot: Hearth: Leah Tanner: Social workers coming round judging my flat again. Mia's room is nicer than theirs I bet
#message: East Team chat: Sian Pollard: Ouch
#message: East Team chat: Dev Kaur: Ha! She's not wrong about mine
Leah posted it on Wednesday night, by the look of it, the day before your visit. Eleven of her friends have liked it. One has commented "they're all the same hun".

Marcus has screenshotted that public post and put it in the chat. It is sharp, and honestly a bit funny. Leah is also a mother a week away from a child protection conference, writing about the worst month of her life.

#covers: public-comments, case-talk, audience-limits
#discuss: Leah posted in public. Does that make it fair game for the team chat? What is the kindest useful thing you can do here?
You know Leah's post by heart without having seen it: you have heard versions of it from a dozen parents, angry and frightened and tired of strangers with lanyards in their front room. You also know Marcus, who will be mortified by Monday, and who covered your visits in the summer without being asked.

Five people are typing.

+ [Ask in the chat for it to go, and suggest a council chat #open #hcpc: 2 upheld #hcpc: 3 upheld #hcpc: 13 upheld #phone: reply]
    ~ screenshot = "group"
    #reply: Marcus, can we take that down? She's on my caseload and it's a hard week for her. And honestly, shall we move the team chat onto the council's own system? Then none of us has to think about it
    #message: East Team chat: Marcus Webb: Fair enough. Deleted. Sorry Jo
    #message: East Team chat: Sian Pollard: Yes to moving. I'll ask Priya on Monday
    You send it. The screenshot disappears from the thread.
    Said plainly, in front of everyone, without a lecture. The screenshot goes, and the bigger fix, a chat the council controls, comes from the team rather than from a complaint. Colleagues take a challenge better when it offers them a way out. #feedback
+ [Message Marcus privately and ask him to delete it #hcpc: 2 upheld #hcpc: 3 upheld]
    ~ screenshot = "private"
    #reply: Hi Marcus, would you mind taking the screenshot down? She's mine and it's a hard week
    You message him on his own. He deletes it within a minute and sends a thumbs up.
    A quiet word works, and it spares Marcus a public telling-off. It is a good call. The chat itself carries on as before, though: the next screenshot is one forward away. #feedback
+ [Tell Priya on Monday, and leave the chat to it over the weekend #hcpc: 13 upheld #hcpc: 2 risk]
    ~ screenshot = "manager"
    You decide it is a manager's matter and say nothing in the chat. On Monday you tell Priya.
    Telling Priya is legitimate: a team chat carrying families' posts is a management problem, and she can fix it properly. But for three days the screenshot sits on six phones, and nobody in the chat knows you minded. A word on Friday night would have stopped it sooner. #feedback
+ [Send a laughing face: it's a public post #hcpc: 3 risk #hcpc: 2 risk #hcpc: 13 risk]
    ~ screenshot = "laughed"
    ~ minor = MIN(minor + 1, 2)
    You send a laughing face. So do two others.
    Public is not the same as fair game. Screenshotting a parent's post into a work chat and laughing at it is the kind of thing that, read out in a complaint or a hearing, sounds far worse than it felt. A comment on anything, even a reaction, is written down somewhere. #feedback
- -> outcome

=== outcome ===
// Breaches of confidentiality: two in one week is a pattern, not a slip.
{
- serious >= 2:
    -> referral
- serious >= 1:
    -> investigation
- minor >= 1:
    -> advice
- caution >= 2:
    -> advice
- else:
    -> no_concerns
}

=== issues ===
// Conduct the council would investigate.
{photos == "chat": You posted photos of a child's bedroom to a team chat on personal phones.}
{report == "public": You pasted identifiable case notes into a free public AI chatbot.}
->->

=== lapses ===
// Worth a conversation in supervision.
{transcript == "approved": You approved an AI summary that put words in a parent's mouth, and it reached a conference.}
{banter == "joined": You joined in a joke about a named family in the team chat.}
{number == "replied": You carried on a conversation with a parent on your personal number.}
{profile_picture == "beach": Your child's photo is still what a family sees when they save your number.}
{photos == "personal": You photographed a child's bedroom on your personal phone, which backs up to your own cloud.}
{report == "anonymised": You pasted case notes with the names removed into a public AI chatbot.}
{screenshot == "laughed": You laughed along at a screenshot of a parent's post.}
->->

=== costs ===
// Over-caution has a cost too.
{banter == "left": You left the team chat without a word, and a visit was put back three days.}
{number == "blocked": You blocked a parent who only wanted to know when you were coming.}
{photos == "none": Leah's work on Mia's room never reached the conference.}
{report == "late": Leah read the conference report an hour before the meeting.}
{transcript == "abandoned": You stopped using an approved tool after a check worked as it should.}
->->

=== no_concerns ===
#platform: home
Monday. The conference is in the big room on the second floor, the one with the broken blind. Leah arrives early, in a jacket that is slightly too smart, and sits next to you without being asked.

The conference goes as well as these things can. Leah reads the report on Saturday and rings you with one correction, which is fair. {photos == "later": The photos of Mia's room are on the screen, and Leah watches people look at them.}
{screenshot == "group": Priya has set up a team channel on the council's own system. The old chat is now for cake and dogs.}
{screenshot != "group": In supervision Priya asks how the week went. You tell her about the chat. She says she'll raise it at the team meeting.}
"Good week," she says. "Right tools, right places, and nobody left waiting."
She asks whether you'd talk at the next team meeting about the week: the personal number, the photos, the AI draft and the line it got wrong. "Not as a telling-off. As a how-to. Half the team has the same phone problem you had."
Afterwards, in the car park, Leah thanks you. "You wrote it like it was," she says. "Not like I was some file."
The week felt like a long string of small choices, and it was. Each of them had an easy option that would have got you home ten minutes sooner. You think about how many of them you'd have noticed a year ago.
You put your personal phone in your bag, where it belongs. #ending: no-concerns The right tools
-> END

=== advice ===
#platform: home
In supervision, Priya goes through the week with you. She is clear from the start that she wants to understand it, not to mark it.
-> lapses ->
-> costs ->
{transcript == "approved": Leah has complained about the line in the conference papers. The record has been corrected, the council has apologised to her, and Priya wants to see how you check the tool's summaries from now on.}
{caution >= 2: "You worried so much about doing it wrong," she says, "that some of it didn't get done. The tools are there to be used. Let's get you confident with them."}
She asks how long the work phone has been dying by lunchtime. Since September, you tell her. She writes that down. "Then part of this is on us," she says. "You shouldn't have had to choose between your own phone and a family waiting."
{minor >= 1: "Each of these felt small," she says. "Together they're your personal phone becoming a work phone. Let's get the work one fixed and keep the two apart."}
{minor >= 1: She books your work phone in for a replacement that afternoon, and sends you the council's policy on messaging and photographs.}
{minor == 0: She suggests you show the team how you check the AI tool's drafts. "Half of them are scared of it and the other half trust it too much."}
You leave with a plan, noted on your supervision record.
{
- minor == 0:
    You close the laptop. #ending: advice Careful, at a cost
- else:
    You close the laptop. #ending: advice Two phones, one life
}
-> END

=== investigation ===
#platform: home
On Tuesday, Priya asks to see you with the council's information governance officer.
{
- report == "public":
    An audit of devices flagged case notes going to a public AI service from your account, and the council has had to treat it as a possible data breach. If the breach is likely to put the family at risk, the council must tell the Information Commissioner's Office within 72 hours of finding out.
- else:
    Someone outside the team has been shown the photos of Mia's room on a colleague's phone, and the council is treating it as a data breach. If the breach is likely to put the family at risk, the council must tell the Information Commissioner's Office within 72 hours of finding out.
}
The council will look at what happened under its conduct procedure. You are not suspended, and you can bring a union representative.
Priya says it plainly: most of this is about the team's habits and a broken work phone, not just you, and she will say so. Supervision is still yours, and so is the council's employee support line. #support
The investigation will look at:
-> issues ->
-> lapses ->
Over the next three weeks you are interviewed once, for an hour and a half, with your union representative beside you. You explain the week as it happened: the dead phone, the deadline, the chat that everyone used. The investigating officer listens, and asks fair questions.
Meanwhile the team chat has gone quiet. Marcus has moved the rota onto the council's system. Nobody jokes about families any more, at least not in writing.
You go back to your desk. Your work phone has been replaced, finally. #ending: investigation Under investigation
-> END

=== referral ===
#platform: home
Six weeks later, the council's investigation is finished. It found a pattern, not a one-off:
-> issues ->
-> lapses ->
The council has notified the Information Commissioner's Office of the data breaches, and Leah has been told what happened to her family's information. She has asked for a new social worker.
The council has referred you to Social Work England, which will first decide whether the concern needs investigating at all. You are on a final written warning in the meantime.
You do not have to go through it alone: your union, your manager and the council's employee support line can all help. #support
You sit in the car with both phones in your lap, the work one and your own, and think about how little it took for one to become the other. #ending: referral A pattern, not a slip
-> END
