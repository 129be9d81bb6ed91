#!/usr/bin/env python3
"""Write campaign.yaml for independent-dev2 (questions from BRIEF.md; companies: 19 listed repliers
incl. 2 declined, 4 no_response; the 5 unlisted repliers are deliberately left off)."""
import os
DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
qs = [
 ('1a','1','Products and clients','products_and_clients',"Does your company provide surveillance solutions, products, services or equipment to government clients in the Middle East and North Africa in the context of migration and/or border control? If so, please specify which products and which Middle Eastern & North African countries."),
 ('1b','1','Deployment scale','deployment_scale',"How many surveillance solutions, products, services or equipment have been distributed by your company at border crossings, checkpoints or refugee camps in the past 5-10 years?"),
 ('1c','1','Disclosure commitment','disclosure_commitment',"Are you willing to provide BHRRC with updated lists of your surveillance solutions, products, services or equipment, as well as your government clients and border agencies in the Middle East & North Africa region, in the future?"),
 ('2a','2','Human rights due diligence','due_diligence',"Is your company or subsidiary carrying out due diligence to identify, prevent, and mitigate human rights risks before supplying governments or border agencies in the MENA region with surveillance solutions, products, services or equipment? If so, please outline the risks identified."),
 ('2b','2','Stakeholder consultation','stakeholder_engagement',"Does your company or subsidiary conduct any consultations with affected communities (such as migrants, refugees and asylum seekers) and human defenders as part of your due diligence process?"),
 ('2c','2','Other mitigating actions','mitigation',"Is your company or subsidiary taking any other actions to ensure that the surveillance solutions, products, services or equipment that you supply or distribute on border crossings, checkpoints, or in refugee camps are not causing or contributing to adverse impacts on the rights of migrants, refugees and asylum seekers (e.g., discrimination, detention, mistreatment, mass collection of data, tracking their movement without rescuing them, etc.)? If yes, could you share these actions with BHRRC?"),
 ('2d','2','Grievance mechanism','grievance_mechanism',"Does your company or subsidiary have a grievance mechanism in place for people to raise concerns or complaints?"),
 ('2e','2','Human rights policy','policy_commitment',"Does your company have a human rights policy or internal process governing your provision of surveillance solutions, products, services or equipment to government clients or border agencies in the context of migration?"),
 ('3','3','Plans to stop sales','exit_and_restrictions',"Is your company or subsidiary planning to stop engaging in the sale or provision of a range of surveillance solutions, products, services or equipment to Middle Eastern & North African countries with a track record of human rights violations?"),
]
companies = [
 ('Corvanne Defence Holdings plc',['Corvanne','Corvanne Defence'],'United Kingdom','responded'),
 ('Brightlance Vision Inc.',['Brightlance','Brightlance Vision'],'United States','responded'),
 ('Skerry Radar ApS',['Skerry Radar'],'Denmark','responded'),
 ('Oudenberg & Zonen Optiek B.V.',['Oudenberg & Zonen','Oudenberg'],'Netherlands','responded'),
 ('Hallvard Meridian Group AG',['Hallvard Meridian','Meridian Identity Solutions SA'],'Switzerland','responded'),
 ('Aubrac Télésurveillance SA',['Aubrac Télésurveillance','Aubrac'],'France','responded'),
 ('Kesselbach Sensorik GmbH',['Kesselbach Sensorik','Kesselbach'],'Germany','responded'),
 ('Kuuranto Identity Systems Oy',['Kuuranto','Kuuranto Middle East LLC'],'Finland','responded'),
 ('Leontari Data Analytics Ltd',['Leontari'],'Cyprus','responded'),
 ('Grupo Valdecierva Seguridad, S.A.',['Valdecierva','Grupo Valdecierva'],'Spain','responded'),
 ('Pellmore Biometrics Ltd',['Pellmore','Pellmore Biometrics'],'United Kingdom','responded'),
 ('Rautenfels Grenztechnik AG',['Rautenfels','Rautenfels Grenztechnik'],'Austria','responded'),
 ('Lumérie Systèmes SAS',['Lumérie Systèmes','Lumérie'],'France','responded'),
 ('Wendelaar Border Solutions NV',['Wendelaar','Wendelaar Border Solutions'],'Belgium','responded'),
 ('Hartwerk Optronik GmbH',['Hartwerk','Hartwerk Optronik'],'Germany','responded'),
 ('Istrova Secure Communications d.o.o.',['Istrova','ISTROVA Secure Communications'],'Slovenia','responded'),
 ('Corbinet Maritime Surveillance Ltd',['Corbinet','Corbinet Maritime'],'Malta','responded'),
 ('Quillon Signals Ltd.',['Quillon Signals','Quillon'],'Israel','declined'),
 ('Marrowgate Security Holdings plc',['Marrowgate','Marrowgate Security'],'United Kingdom','declined'),
 ('Gravelin Aerotech SA',['Gravelin Aerotech'],'France','no_response'),
 ('Obsidian Lattice Networks Ltd',['Obsidian Lattice'],'Ireland','no_response'),
 ('Kaltmeer Drohnen GmbH',['Kaltmeer'],'Germany','no_response'),
 ('Serapis Vision Systems Ltd',['Serapis Vision'],'Greece','no_response'),
]
def q(s): return '"' + s.replace('\\','\\\\').replace('"','\\"') + '"'
L = ['id: independent-dev2',
     'title: "Independently written replies (second dev set): MENA surveillance questionnaire"',
     'organisation: Business & Human Rights Resource Centre (BHRRC)',
     'date_sent: 2022-07', 'replies: replies', 'questions:']
for i,p,t,tp,tx in qs:
    L += ['  - id: ' + (q(i) if i=='3' else i), '    parent: ' + q(p), '    title: ' + t, '    topic: ' + tp, '    text: ' + q(tx)]
L.append('companies:')
names=set()
for n,a,c,s in companies:
    for x in [n]+a:
        assert x.lower() not in names, x; names.add(x.lower())
    L += ['  - name: ' + q(n), '    aliases: [' + ', '.join(q(x) for x in a) + ']', '    country: ' + c, '    status: ' + s]
open(os.path.join(DIR, 'campaign.yaml'),'w',encoding='utf-8').write('\n'.join(L)+'\n')
