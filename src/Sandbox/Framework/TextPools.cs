namespace Connectors.Sandbox.Framework;

/// <summary>Hand-written phrases per language: order notes, complaints, praise, neutral remarks, staff notes.</summary>
internal static class TextPools
{
    public static readonly IReadOnlyDictionary<string, TextPool> ByLanguage = new Dictionary<string, TextPool>
    {
        ["en"] = new(
            ["Please leave the parcel at the back door.", "Gift wrap please, it's a birthday present.", "Call before delivery, the doorbell is broken.", "Deliver after 5pm if possible."],
            ["The package arrived damaged and one item is missing.", "Wrong size delivered, I ordered a medium.", "Still waiting for my refund after three weeks.", "Terrible quality, the seams came apart after one wash.", "Nobody answers my emails. Very disappointed."],
            ["Fast delivery and great quality, thank you!", "Love it, will definitely order again.", "Exactly as described, very happy with it.", "Lovely packaging and friendly support."],
            ["Product is okay, delivery took a bit long.", "Decent value for the price.", "Fits fine, colour slightly different from the photo."],
            ["VIP, prefers email contact.", "Asked not to be called.", "Wholesale inquiry pending.", "Returned two orders last year."]),
        ["de"] = new(
            ["Bitte beim Nachbarn abgeben.", "Bitte als Geschenk verpacken.", "Bitte vor der Lieferung anrufen.", "Lieferung bitte erst ab 17 Uhr."],
            ["Das Paket kam beschädigt an und ein Artikel fehlt.", "Falsche Größe geliefert, ich hatte M bestellt.", "Warte seit drei Wochen auf meine Rückerstattung.", "Schlechte Qualität, die Naht ist nach einer Wäsche gerissen.", "Niemand antwortet auf meine E-Mails. Sehr enttäuscht."],
            ["Schnelle Lieferung und super Qualität, danke!", "Gefällt mir sehr, bestelle gerne wieder.", "Genau wie beschrieben, sehr zufrieden.", "Schöne Verpackung und freundlicher Service."],
            ["Produkt ist okay, die Lieferung hat etwas gedauert.", "Preis-Leistung ist in Ordnung.", "Passt gut, Farbe etwas anders als auf dem Foto."],
            ["Stammkundin, bevorzugt Kontakt per E-Mail.", "Möchte nicht angerufen werden.", "Großhandelsanfrage offen."]),
        ["fr"] = new(
            ["Merci de laisser le colis chez la gardienne.", "Emballage cadeau s'il vous plaît.", "Appelez avant la livraison, la sonnette est cassée.", "Livraison après 17h si possible."],
            ["Le colis est arrivé abîmé et il manque un article.", "Mauvaise taille livrée, j'avais commandé du M.", "J'attends toujours mon remboursement depuis trois semaines.", "Qualité décevante, la couture a lâché au premier lavage.", "Personne ne répond à mes e-mails. Très déçu."],
            ["Livraison rapide et très bonne qualité, merci !", "J'adore, je recommanderai sans hésiter.", "Conforme à la description, très satisfaite.", "Bel emballage et service client aimable."],
            ["Produit correct, la livraison a pris du temps.", "Bon rapport qualité-prix.", "Taille correcte, couleur un peu différente de la photo."],
            ["Cliente fidèle, préfère le contact par e-mail.", "Ne souhaite pas être appelé."]),
        ["es"] = new(
            ["Por favor, dejar el paquete en portería.", "Envolver para regalo, por favor.", "Llamar antes de la entrega, el timbre no funciona.", "Entregar después de las 17h si es posible."],
            ["El paquete llegó dañado y falta un artículo.", "Me enviaron la talla equivocada, pedí una M.", "Sigo esperando mi reembolso desde hace tres semanas.", "Calidad pésima, la costura se rompió tras un lavado.", "Nadie responde a mis correos. Muy decepcionado."],
            ["Entrega rápida y muy buena calidad, ¡gracias!", "Me encanta, volveré a comprar.", "Tal como se describe, muy contenta.", "Embalaje bonito y atención amable."],
            ["El producto está bien, la entrega tardó un poco.", "Buena relación calidad-precio.", "Talla correcta, el color es algo distinto a la foto."],
            ["Cliente VIP, prefiere contacto por correo.", "Pidió que no le llamen."]),
        ["it"] = new(
            ["Lasciare il pacco al portiere, grazie.", "Confezione regalo per favore.", "Chiamare prima della consegna, il citofono è rotto.", "Consegnare dopo le 17 se possibile."],
            ["Il pacco è arrivato danneggiato e manca un articolo.", "Taglia sbagliata, avevo ordinato una M.", "Aspetto ancora il rimborso da tre settimane.", "Qualità pessima, la cucitura si è rotta dopo un lavaggio.", "Nessuno risponde alle mie e-mail. Molto deluso."],
            ["Consegna veloce e ottima qualità, grazie!", "Bellissimo, ordinerò di nuovo.", "Esattamente come descritto, molto soddisfatta.", "Confezione curata e assistenza gentile."],
            ["Il prodotto va bene, la consegna è stata un po' lenta.", "Buon rapporto qualità-prezzo.", "Taglia giusta, colore leggermente diverso dalla foto."],
            ["Cliente abituale, preferisce l'e-mail.", "Non desidera essere chiamato."]),
        ["nl"] = new(
            ["Graag bij de buren afgeven.", "Graag als cadeau inpakken.", "Bel even voor de levering, de bel is stuk.", "Levering na 17.00 uur graag."],
            ["Het pakket kwam beschadigd aan en er ontbreekt een artikel.", "Verkeerde maat geleverd, ik had M besteld.", "Wacht al drie weken op mijn terugbetaling.", "Slechte kwaliteit, de naad scheurde na één wasbeurt.", "Niemand reageert op mijn e-mails. Erg teleurgesteld."],
            ["Snelle levering en topkwaliteit, bedankt!", "Heel blij mee, ik bestel zeker opnieuw.", "Precies zoals beschreven, erg tevreden.", "Mooie verpakking en vriendelijke klantenservice."],
            ["Product is oké, levering duurde wat lang.", "Prima prijs-kwaliteitverhouding.", "Past goed, kleur iets anders dan op de foto."],
            ["Vaste klant, liever contact per e-mail.", "Wil niet gebeld worden."]),
        ["pt"] = new(
            ["Favor deixar o pacote na portaria.", "Embrulhar para presente, por favor.", "Ligar antes da entrega, a campainha está quebrada.", "Entregar depois das 17h, se possível."],
            ["O pacote chegou danificado e falta um item.", "Tamanho errado, eu pedi M.", "Ainda aguardo meu reembolso há três semanas.", "Qualidade péssima, a costura abriu depois de uma lavagem.", "Ninguém responde meus e-mails. Muito decepcionado."],
            ["Entrega rápida e ótima qualidade, obrigado!", "Amei, vou comprar de novo.", "Exatamente como descrito, muito satisfeita.", "Embalagem linda e atendimento simpático."],
            ["Produto ok, a entrega demorou um pouco.", "Bom custo-benefício.", "Tamanho certo, cor um pouco diferente da foto."],
            ["Cliente VIP, prefere contato por e-mail.", "Pediu para não ligar."]),
        ["pl"] = new(
            ["Proszę zostawić paczkę u sąsiada.", "Proszę zapakować na prezent.", "Proszę zadzwonić przed dostawą, dzwonek nie działa.", "Dostawa po 17:00, jeśli to możliwe."],
            ["Paczka dotarła uszkodzona i brakuje jednego produktu.", "Dostałem zły rozmiar, zamawiałem M.", "Od trzech tygodni czekam na zwrot pieniędzy.", "Fatalna jakość, szew puścił po jednym praniu.", "Nikt nie odpowiada na moje maile. Bardzo rozczarowany."],
            ["Szybka dostawa i świetna jakość, dziękuję!", "Jestem zachwycona, na pewno zamówię ponownie.", "Dokładnie jak w opisie, bardzo zadowolony.", "Ładne opakowanie i miła obsługa."],
            ["Produkt w porządku, dostawa trwała trochę długo.", "Dobry stosunek jakości do ceny.", "Rozmiar dobry, kolor trochę inny niż na zdjęciu."],
            ["Stały klient, woli kontakt mailowy.", "Prosi, aby nie dzwonić."]),
        ["ja"] = new(
            ["置き配でお願いします。", "ギフト包装をお願いします。", "配達前にお電話ください。", "17時以降の配達を希望します。"],
            ["荷物が破損して届き、商品が一つ足りません。", "サイズが違います。Mを注文しました。", "3週間たっても返金されていません。", "品質がひどく、一度洗っただけで縫い目がほつれました。", "メールに誰も返信してくれません。とても残念です。"],
            ["配送が早く、品質も素晴らしいです。ありがとうございます！", "とても気に入りました。また注文します。", "説明どおりで大満足です。", "丁寧な梱包と親切な対応でした。"],
            ["商品はまあまあですが、配送に少し時間がかかりました。", "価格相応だと思います。", "サイズは合っていますが、色が写真と少し違います。"],
            ["常連のお客様。連絡はメール希望。", "電話連絡は不要とのこと。"]),
    };

    public static TextPool For(string language) =>
        ByLanguage.TryGetValue(language, out var pool) ? pool : ByLanguage["en"];
}
