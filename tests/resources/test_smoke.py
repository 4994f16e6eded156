def test_library_and_resource_render(client, make_resource, library):
    resource = make_resource(title="Les écrans avant de dormir")
    response = client.get(library.url)
    assert response.status_code == 200
    assert "Les écrans avant de dormir" in response.content.decode()
    response = client.get(resource.url)
    assert response.status_code == 200
    response = client.get(resource.url + "print/")
    assert b"<svg" in response.content
    response = client.get(resource.url + "pdf/")
    assert response.content.startswith(b"%PDF")
    response = client.get(library.url + "?q=écrans&theme=ecrans&level=elementaire")
    assert "Les écrans avant de dormir" in response.content.decode()
